package org.kcity.selection.domain;

import java.math.BigDecimal;

/**
 * A call's passing score as an exact fraction numerator/denominator (a power of ten), so that it is compared
 * with a {@link Score} in whole numbers.
 */
public record PassingScore(long numerator, long denominator) {

    /** Enough for any passing score a call states; more decimals than this would be a typo, not a rule. */
    private static final int MAX_DECIMALS = 9;

    public PassingScore {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("Invalid passing score " + numerator + "/" + denominator);
        }
    }

    public static PassingScore of(BigDecimal value) {
        BigDecimal exact = value.stripTrailingZeros();
        if (exact.scale() <= 0) {
            return new PassingScore(exact.longValueExact(), 1);
        }
        if (exact.scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException("A passing score has at most " + MAX_DECIMALS + " decimals: " + value);
        }
        return new PassingScore(exact.unscaledValue().longValueExact(), BigDecimal.TEN.pow(exact.scale()).longValueExact());
    }
}
