package org.kcity.applications.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

final class Clock {

    private Clock() {
    }

    /** Now in UTC, at the microsecond precision PostgreSQL stores, so what we answer equals what we read back. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
