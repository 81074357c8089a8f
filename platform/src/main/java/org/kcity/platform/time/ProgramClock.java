package org.kcity.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one clock of the program: every moment a service records and every date rule it applies come from here.
 * Moments are instants (kept with the UTC offset); days are calendar days in the program's time zone
 * ({@code kcity.program.time-zone}), so "the month a result was published" or "the day a project starts" mean the
 * same in every service. Tests pin or move time by installing {@link #readingFrom(Clock)} in place of this bean.
 */
@ApplicationScoped
public class ProgramClock {

    private final Clock instants;
    private final ZoneId zone;

    @Inject
    ProgramClock(ProgramSettings settings) {
        this(Clock.systemUTC(), settings.timeZone());
    }

    private ProgramClock(Clock instants, ZoneId zone) {
        this.instants = instants;
        this.zone = zone;
    }

    /** A program clock in {@code zone} that reads its instants from {@code instants}. */
    public static ProgramClock of(Clock instants, ZoneId zone) {
        return new ProgramClock(instants, zone);
    }

    /** This program's clock, in the same zone, reading its instants from {@code instants}: how a test pins time. */
    public ProgramClock readingFrom(Clock instants) {
        return new ProgramClock(instants, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Now, at the microsecond precision PostgreSQL keeps, so what a service answers equals what it reads back. */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(instants.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Today in the program's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(instants.instant(), zone);
    }

    /** The program's calendar day of {@code moment}, whatever offset it was written with. */
    public LocalDate dayOf(OffsetDateTime moment) {
        return LocalDate.ofInstant(moment.toInstant(), zone);
    }
}
