package org.kcity.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kcity.platform.problem.Problem;

class ScorecardTest {

    private final Scorecard scorecard = new Scorecard(List.of(
            new Criterion("FEASIBILITY", "Feasibility", 40),
            new Criterion("IMPACT", "Impact", 35),
            new Criterion("PARTNERSHIP", "Partnership", 25)));

    @Test
    void the_weighted_sum_is_the_sum_of_score_times_weight() {
        assertThat(scorecard.weightedSum(Map.of("FEASIBILITY", 80, "IMPACT", 70, "PARTNERSHIP", 61))).isEqualTo(3200 + 2450 + 1525);
        assertThat(Score.ofSheet(7175).display()).isEqualTo("71.75");
    }

    @Test
    void every_fault_of_a_sheet_is_reported() {
        List<Problem.Violation> faults = scorecard.faults(Map.of(
                "FEASIBILITY", new BigDecimal("80.5"),
                "IMPACT", BigDecimal.valueOf(101),
                "BUDGET", BigDecimal.TEN));

        assertThat(faults).extracting(Problem.Violation::field)
                .containsExactly("scores.FEASIBILITY", "scores.IMPACT", "scores.PARTNERSHIP", "scores.BUDGET");
    }

    @Test
    void whole_scores_from_0_to_100_for_every_criterion_make_a_valid_sheet() {
        assertThat(scorecard.faults(Map.of("FEASIBILITY", BigDecimal.ZERO, "IMPACT", new BigDecimal("100.0"),
                "PARTNERSHIP", BigDecimal.valueOf(55)))).isEmpty();
        assertThat(scorecard.faults(Map.of("FEASIBILITY", BigDecimal.valueOf(-1), "IMPACT", BigDecimal.ONE,
                "PARTNERSHIP", BigDecimal.ONE))).hasSize(1);
    }
}
