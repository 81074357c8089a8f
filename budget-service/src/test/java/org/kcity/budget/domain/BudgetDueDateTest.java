package org.kcity.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.kcity.platform.time.ProgramClock;

class BudgetDueDateTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final OffsetDateTime EVENING_OF_30_JUNE_UTC = OffsetDateTime.parse("2026-06-30T16:00:00Z");

    private static ProgramClock seoulAt(String instant) {
        return ProgramClock.of(Clock.fixed(OffsetDateTime.parse(instant).toInstant(), ZoneOffset.UTC), SEOUL);
    }

    private static SelectedProject selectedAt(OffsetDateTime selectedAt, OffsetDateTime resultPublishedAt) {
        return new SelectedProject("project-1", "application-1", "call-1", Track.URBAN_DEVELOPMENT, "VN", "Hanoi",
                "Smart traffic", "Hanoi People's Committee", 500_000_000L, 400_000_000L, 600_000_000L,
                !selectedAt.equals(resultPublishedAt), null, selectedAt, resultPublishedAt);
    }

    @Test
    void a_result_published_on_the_evening_of_30_june_utc_is_due_at_the_end_of_july_in_seoul() {
        assertThat(Budget.dueDateFor(EVENING_OF_30_JUNE_UTC, SEOUL)).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void the_same_moment_is_due_at_the_end_of_june_for_a_program_run_on_utc() {
        assertThat(Budget.dueDateFor(EVENING_OF_30_JUNE_UTC, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void a_selection_in_a_leap_february_is_due_on_the_29th() {
        assertThat(Budget.dueDateFor(OffsetDateTime.parse("2028-02-03T09:00:00+09:00"), SEOUL))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void a_promoted_reserve_is_due_at_the_end_of_the_month_of_its_promotion_not_of_the_publication() {
        Budget budget = Budget.draft(selectedAt(OffsetDateTime.parse("2026-07-10T02:00:00Z"),
                OffsetDateTime.parse("2026-05-20T01:00:00Z")), seoulAt("2026-07-10T02:00:05Z"));

        assertThat(budget.dueDate).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void a_budget_finalized_on_the_first_day_after_its_due_date_in_seoul_is_overdue_though_utc_is_still_on_the_due_date() {
        Budget budget = Budget.draft(selectedAt(OffsetDateTime.parse("2026-06-10T03:00:00Z"),
                OffsetDateTime.parse("2026-06-10T03:00:00Z")), seoulAt("2026-06-10T03:00:05Z"));

        budget.finalizeWithin(5_000_000_000L, 0, seoulAt("2026-06-30T15:30:00Z"));

        assertThat(budget.dueDate).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(budget.overdue).isTrue();
        assertThat(budget.finalizedAt).isEqualTo(OffsetDateTime.parse("2026-06-30T15:30:00Z"));
    }

    @Test
    void a_budget_finalized_in_the_last_minute_of_its_due_date_in_seoul_is_on_time() {
        Budget budget = Budget.draft(selectedAt(EVENING_OF_30_JUNE_UTC, EVENING_OF_30_JUNE_UTC), seoulAt("2026-06-30T16:00:05Z"));

        budget.finalizeWithin(5_000_000_000L, 0, seoulAt("2026-07-31T14:59:59Z"));

        assertThat(budget.overdue).isFalse();
        assertThat(budget.overdueOn(LocalDate.of(2026, 8, 1))).isFalse();
    }
}
