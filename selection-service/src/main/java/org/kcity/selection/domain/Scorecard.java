package org.kcity.selection.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kcity.platform.problem.Problem;

/** The criteria a score sheet must cover: an integer 0-100 for every criterion of the call, and nothing else. */
public final class Scorecard {

    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    private final List<Criterion> criteria;

    public Scorecard(List<Criterion> criteria) {
        this.criteria = List.copyOf(criteria);
    }

    /** Every fault of the proposed scores; empty when they make a valid sheet. */
    public List<Problem.Violation> faults(Map<String, BigDecimal> scores) {
        List<Problem.Violation> faults = new ArrayList<>();
        for (Criterion criterion : criteria) {
            BigDecimal score = scores.get(criterion.code);
            String field = "scores." + criterion.code;
            if (score == null) {
                faults.add(Problem.Violation.ofField(field, "a score is required for criterion " + criterion.code));
            } else if (score.stripTrailingZeros().scale() > 0 || score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
                faults.add(Problem.Violation.ofField(field, "must be a whole number from 0 to 100"));
            }
        }
        scores.keySet().stream().filter(code -> criteria.stream().noneMatch(c -> c.code.equals(code))).sorted()
                .forEach(code -> faults.add(Problem.Violation.ofField("scores." + code, "the call has no criterion " + code)));
        return faults;
    }

    /** sum(score x weight) of valid scores (see {@link #faults}). */
    public long weightedSum(Map<String, Integer> scores) {
        long sum = 0;
        for (Criterion criterion : criteria) {
            sum += (long) scores.get(criterion.code) * criterion.weight;
        }
        return sum;
    }
}
