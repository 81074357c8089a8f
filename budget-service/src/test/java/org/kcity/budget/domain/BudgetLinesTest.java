package org.kcity.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.time.ProgramClock;

/** A budget's lines and its total change together, through the budget's own steps only. */
class BudgetLinesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-08-03T01:00:00Z");
    private static final ProgramClock CLOCK = ProgramClock.of(Clock.fixed(NOW.toInstant(), ZoneOffset.UTC), ZoneId.of("Asia/Seoul"));

    private static Budget draft() {
        return Budget.draft(new SelectedProject("project-1", "application-1", "call-1", Track.URBAN_DEVELOPMENT, "VN", "Hanoi",
                "Smart traffic", "Hanoi People's Committee", 700_000_000L, 400_000_000L, 600_000_000L, false, null, NOW, NOW),
                CLOCK);
    }

    @Test
    void a_draft_starts_with_one_line_of_the_requested_support_within_the_cap() {
        Budget budget = draft();

        assertThat(budget.lines()).singleElement().satisfies(line -> assertThat(line.amount).isEqualTo(600_000_000L));
        assertThat(budget.total).isEqualTo(600_000_000L);
    }

    @Test
    void the_lines_cannot_be_changed_from_outside() {
        Budget budget = draft();

        assertThatThrownBy(() -> budget.lines().add(new BudgetLine(BudgetCategory.TRAVEL, "Site visits", 1L)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> budget.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(budget.total).isEqualTo(600_000_000L);
    }

    @Test
    void replacing_the_lines_of_a_draft_replaces_its_total() {
        Budget budget = draft();

        budget.replaceLines(List.of(new BudgetLine(BudgetCategory.PERSONNEL, "Engineers", 300_000_000L),
                new BudgetLine(BudgetCategory.TRAVEL, "Site visits", 150_000_000L)));

        assertThat(budget.lines()).extracting(line -> line.amount).containsExactly(300_000_000L, 150_000_000L);
        assertThat(budget.total).isEqualTo(450_000_000L);
    }

    @Test
    void a_finalized_budget_refuses_new_lines() {
        Budget budget = draft();
        budget.finalizeWithin(5_000_000_000L, 0, CLOCK);

        assertThatThrownBy(() -> budget.replaceLines(List.of(new BudgetLine(BudgetCategory.TRAVEL, "Site visits", 1L))))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(409));
        assertThat(budget.lines()).hasSize(1);
        assertThat(budget.total).isEqualTo(600_000_000L);
    }
}
