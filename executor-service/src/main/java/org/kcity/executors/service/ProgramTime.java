package org.kcity.executors.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.DefaultBean;

/** "Now" and "today" of the program, from an injectable {@link Clock} so that time can be driven in tests. */
@ApplicationScoped
public class ProgramTime {

    private final Clock clock;
    private final ZoneId zone;

    ProgramTime(Clock clock, @ConfigProperty(name = "kcity.executors.time-zone", defaultValue = "Asia/Seoul") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The calendar day in the program's time zone: start dates are days there. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    @Singleton
    static class SystemClock {

        @Produces
        @DefaultBean
        @Singleton
        Clock systemClock() {
            return Clock.systemUTC();
        }
    }
}
