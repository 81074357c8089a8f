package org.kcity.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ProgramClockTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant EVENING_OF_30_JUNE_UTC = Instant.parse("2026-06-30T16:00:00Z");

    private static ProgramClock seoulAt(Instant instant) {
        return ProgramClock.of(Clock.fixed(instant, ZoneOffset.UTC), SEOUL);
    }

    @Test
    void today_is_the_day_in_the_program_time_zone_not_in_utc() {
        assertThat(seoulAt(EVENING_OF_30_JUNE_UTC).today()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ProgramClock.of(Clock.fixed(EVENING_OF_30_JUNE_UTC, ZoneOffset.UTC), ZoneOffset.UTC).today())
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void the_day_of_a_moment_does_not_depend_on_the_offset_it_was_written_with() {
        ProgramClock clock = seoulAt(EVENING_OF_30_JUNE_UTC);

        assertThat(clock.dayOf(OffsetDateTime.parse("2026-06-30T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(clock.dayOf(OffsetDateTime.parse("2026-06-30T12:59:59-02:00"))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(clock.dayOf(OffsetDateTime.parse("2026-07-01T00:00:00+09:00"))).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void now_is_the_instant_in_utc_at_the_precision_the_database_keeps() {
        ProgramClock clock = seoulAt(Instant.parse("2026-06-30T16:00:00.123456789Z"));

        assertThat(clock.now()).isEqualTo(OffsetDateTime.parse("2026-06-30T16:00:00.123456Z"));
        assertThat(clock.now().getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void a_clock_reading_other_instants_keeps_the_program_time_zone() {
        ProgramClock pinned = seoulAt(Instant.now()).readingFrom(Clock.fixed(EVENING_OF_30_JUNE_UTC, ZoneOffset.UTC));

        assertThat(pinned.zone()).isEqualTo(SEOUL);
        assertThat(pinned.today()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(pinned.now().toInstant()).isEqualTo(EVENING_OF_30_JUNE_UTC);
    }
}
