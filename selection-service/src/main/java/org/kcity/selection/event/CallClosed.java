package org.kcity.selection.event;

import java.time.OffsetDateTime;
import java.util.List;

/** What this service reads of {@code kcity.call.closed.v1}: when, and how many applications intake counted. */
public record CallClosed(String callId, OffsetDateTime closedAt, Statistics statistics) {

    public static final String TYPE = "kcity.call.closed.v1";

    /**
     * @param entries  applications submitted and not withdrawn at the close
     * @param byStatus every application ever submitted, by its status at the close (withdrawn ones included)
     */
    public record Statistics(Long entries, List<StatusFigures> byStatus) {
    }

    public record StatusFigures(String status, long applications) {
    }

    /**
     * How many applications were ever submitted to the call: every one of them sent an {@code application.submitted}
     * event, withdrawn ones too. {@code byStatus} is optional in the schema; without it, the entries are the best
     * count there is (a lower bound: withdrawn applications are not among them).
     */
    public long submittedApplications() {
        if (statistics == null || (statistics.byStatus() == null && statistics.entries() == null)) {
            throw new IllegalArgumentException("Call " + callId + " was closed without its intake statistics");
        }
        if (statistics.byStatus() == null) {
            return statistics.entries();
        }
        return statistics.byStatus().stream().mapToLong(StatusFigures::applications).sum();
    }
}
