package org.kcity.applications.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.platform.time.ProgramClock;

import io.quarkus.scheduler.Scheduled;

/**
 * Closes calls whose window has ended. The due calls are read from the database on every run, so a close
 * missed while the service was down happens at the first run after it starts again.
 */
@ApplicationScoped
public class ScheduledClosing {

    private final CallService calls;
    private final ProgramClock clock;

    ScheduledClosing(CallService calls, ProgramClock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @Scheduled(identity = "close-due-calls", every = "${kcity.calls.close-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeDueCalls() {
        OffsetDateTime now = clock.now();
        calls.dueForClosing(now).forEach(id -> calls.closeOnSchedule(id, now));
    }
}
