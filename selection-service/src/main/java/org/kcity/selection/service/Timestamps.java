package org.kcity.selection.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Moments as the database keeps them (microseconds, UTC), so an event repeats exactly what was stored. */
final class Timestamps {

    private Timestamps() {
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
