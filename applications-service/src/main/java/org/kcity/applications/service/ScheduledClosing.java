package org.kcity.applications.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Closes calls whose window has ended. The due calls are read from the database on every run, so a close
 * missed while the service was down happens at the first run after it starts again.
 */
@ApplicationScoped
public class ScheduledClosing {

    private final CallService calls;

    ScheduledClosing(CallService calls) {
        this.calls = calls;
    }

    @Scheduled(identity = "close-due-calls", every = "${kcity.calls.close-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeDueCalls() {
        OffsetDateTime now = Clock.now();
        calls.dueForClosing(now).forEach(id -> calls.closeOnSchedule(id, now));
    }
}
