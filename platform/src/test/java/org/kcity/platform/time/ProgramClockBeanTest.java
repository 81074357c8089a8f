package org.kcity.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.TestClock;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProgramClockBeanTest {

    @Inject
    ProgramClock programClock;

    @Test
    void the_program_runs_on_seoul_time_unless_configured_otherwise() {
        assertThat(programClock.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    }

    @Test
    void a_test_pins_the_program_clock_and_keeps_its_time_zone() {
        QuarkusMock.installMockForType(programClock.readingFrom(TestClock.pinnedAt("2026-06-30T16:00:00Z")), ProgramClock.class);

        assertThat(programClock.today()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(programClock.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    }
}
