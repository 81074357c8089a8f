package org.kcity.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.kcity.platform.time.ProgramClock;

class BudgetRevocationRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-08-03T01:00:00Z");
    private static final ProgramClock CLOCK = ProgramClock.of(Clock.fixed(NOW.toInstant(), ZoneOffset.UTC), ZoneId.of("Asia/Seoul"));
    private static final LocalDate START = LocalDate.of(2026, 8, 1);

    private static Budget draft() {
        return Budget.draft(new SelectedProject("project-1", "application-1", "call-1", Track.URBAN_DEVELOPMENT, "VN", "Hanoi",
                "Smart traffic", "Hanoi People's Committee", 500_000_000L, 400_000_000L, 600_000_000L, false, null, NOW, NOW),
                CLOCK);
    }

    private static Budget finalized() {
        Budget budget = draft();
        budget.finalizeWithin(5_000_000_000L, 0, CLOCK);
        return budget;
    }

    @Test
    void a_revoked_draft_is_cancelled_at_once_since_it_never_took_money() {
        Budget budget = draft();

        budget.revoke("Withdrawn", NOW);

        assertThat(budget.state).isEqualTo(BudgetState.CANCELLED);
        assertThat(budget.cancellationReason).isEqualTo("Withdrawn");
    }

    @Test
    void a_revoked_committed_budget_stays_committed_until_the_executor_cancels_its_project() {
        Budget budget = finalized();

        budget.revoke("Withdrawn", NOW);
        assertThat(budget.state).isEqualTo(BudgetState.REVOCATION_PENDING);
        assertThat(BudgetState.COMMITTED).contains(budget.state);

        assertThat(budget.releaseForCancelledProject(NOW)).isEqualTo(500_000_000L);
        assertThat(budget.state).isEqualTo(BudgetState.CANCELLED);
    }

    @Test
    void a_commenced_project_keeps_its_money_whether_the_revocation_comes_before_or_after_the_news() {
        Budget revokedFirst = finalized();
        revokedFirst.revoke("Withdrawn", NOW);
        revokedFirst.recordCommencement(START);

        Budget commencedFirst = finalized();
        commencedFirst.recordCommencement(START);
        commencedFirst.revoke("Withdrawn", NOW);

        assertThat(revokedFirst.state).isEqualTo(BudgetState.TERMINATION_REQUIRED);
        assertThat(commencedFirst.state).isEqualTo(BudgetState.TERMINATION_REQUIRED);
        assertThat(BudgetState.COMMITTED).contains(BudgetState.TERMINATION_REQUIRED);
        assertThatThrownBy(() -> revokedFirst.releaseForCancelledProject(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_project_cannot_commence_on_money_that_was_never_committed_or_already_released() {
        Budget revokedDraft = draft();
        revokedDraft.revoke("Withdrawn", NOW);

        assertThatThrownBy(() -> draft().recordCommencement(START)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> revokedDraft.recordCommencement(START)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_commencement_reported_twice_is_recorded_once() {
        Budget budget = finalized();

        assertThat(budget.recordCommencement(START)).isTrue();
        assertThat(budget.recordCommencement(START.plusDays(1))).isFalse();
        assertThat(budget.commencedOn).isEqualTo(START);
    }
}
