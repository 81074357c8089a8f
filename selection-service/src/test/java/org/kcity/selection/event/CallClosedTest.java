package org.kcity.selection.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kcity.selection.event.CallClosed.Statistics;
import org.kcity.selection.event.CallClosed.StatusFigures;

class CallClosedTest {

    private static final OffsetDateTime CLOSED_AT = OffsetDateTime.parse("2026-05-01T00:00:00Z");

    @Test
    void every_application_ever_submitted_counts_withdrawn_ones_too() {
        CallClosed closed = new CallClosed("call-1", CLOSED_AT, new Statistics(4L, List.of(new StatusFigures("SUBMITTED", 2),
                new StatusFigures("SCREENED_IN", 1), new StatusFigures("SCREENED_OUT", 1), new StatusFigures("WITHDRAWN", 3))));

        assertThat(closed.submittedApplications()).isEqualTo(7);
    }

    @Test
    void without_counts_by_status_the_entries_are_the_count() {
        assertThat(new CallClosed("call-1", CLOSED_AT, new Statistics(4L, null)).submittedApplications()).isEqualTo(4);
    }

    @Test
    void a_close_without_statistics_is_refused() {
        assertThatThrownBy(() -> new CallClosed("call-1", CLOSED_AT, null).submittedApplications())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("call-1");
    }
}
