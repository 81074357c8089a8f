package org.kcity.selection.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An application's score as an exact fraction: the mean of its sheet totals, where a sheet total is
 * sum(score x weight) / 100. Kept as (sum of every sheet's sum(score x weight), number of sheets) so that
 * two scores compare by cross-multiplying whole numbers, never by rounded decimals.
 *
 * @param weightedSum sum over the sheets of sum(score x weight); at most 10,000 per sheet
 * @param sheets      number of sheets filed
 */
public record Score(long weightedSum, int sheets) implements Comparable<Score> {

    public static final Score NONE = new Score(0, 0);
    private static final long SHEET_TOTAL_DIVISOR = 100;

    public Score {
        if (weightedSum < 0 || sheets < 0 || (sheets == 0 && weightedSum != 0)) {
            throw new IllegalArgumentException("Invalid score " + weightedSum + "/" + sheets);
        }
    }

    /** The score of a single sheet. */
    public static Score ofSheet(long sheetWeightedSum) {
        return new Score(sheetWeightedSum, 1);
    }

    public Score plus(Score other) {
        return new Score(weightedSum + other.weightedSum, sheets + other.sheets);
    }

    public boolean hasSheets() {
        return sheets > 0;
    }

    /** Exact comparison of the means: a/(100n) vs b/(100m) is a*m vs b*n. A score without sheets is lowest. */
    @Override
    public int compareTo(Score other) {
        if (!hasSheets() || !other.hasSheets()) {
            return Boolean.compare(hasSheets(), other.hasSheets());
        }
        return Long.compare(weightedSum * other.sheets, other.weightedSum * sheets);
    }

    /** Exactly: mean >= passing, i.e. weightedSum * denominator >= numerator * 100 * sheets. */
    public boolean reaches(PassingScore passing) {
        return Math.multiplyExact(weightedSum, passing.denominator())
                >= Math.multiplyExact(Math.multiplyExact(passing.numerator(), SHEET_TOTAL_DIVISOR), sheets);
    }

    /** The mean shown to 2 decimals (half up), e.g. {@code 70.00}; only the display is rounded. */
    public BigDecimal shown() {
        if (!hasSheets()) {
            throw new IllegalStateException("A score without sheets has no value");
        }
        return BigDecimal.valueOf(weightedSum).divide(BigDecimal.valueOf(SHEET_TOTAL_DIVISOR * sheets), 2, RoundingMode.HALF_UP);
    }

    /** {@link #shown()} as text, or null without sheets. */
    public String display() {
        return hasSheets() ? shown().toPlainString() : null;
    }
}
