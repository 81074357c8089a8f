package org.kcity.platform.event;

import java.util.function.Supplier;

/** A gauge read from the database: while the database is unreachable the gauge shows no value (NaN), not an error. */
final class DatabaseGauge {

    private DatabaseGauge() {
    }

    static double read(Supplier<? extends Number> reading) {
        try {
            return reading.get().doubleValue();
        } catch (RuntimeException databaseUnavailable) {
            return Double.NaN;
        }
    }
}
