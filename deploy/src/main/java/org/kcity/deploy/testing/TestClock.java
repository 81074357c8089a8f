package org.kcity.deploy.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' source of instants: real time, or one pinned instant, either moved forward on demand. A test hands it
 * to the application in place of the program's clock for that test only, e.g.
 * {@code QuarkusMock.installMockForType(programClock.readingFrom(TestClock.pinnedAt("2026-06-30T16:00:00Z")), ProgramClock.class)};
 * Quarkus takes the replacement away after the test, so no test needs to put time back.
 */
public final class TestClock extends Clock {

    /** Where time stands: a pinned instant (or null for real time) plus how far it was moved on. */
    private record Reading(Instant pinned, Duration moved) {
    }

    private final AtomicReference<Reading> reading;

    private TestClock(Reading reading) {
        this.reading = new AtomicReference<>(reading);
    }

    /** Real time, until a test moves it. */
    public static TestClock running() {
        return new TestClock(new Reading(null, Duration.ZERO));
    }

    /** Time standing still at {@code instant} (ISO-8601, e.g. {@code 2026-06-30T16:00:00Z}), until a test moves it. */
    public static TestClock pinnedAt(String instant) {
        return new TestClock(new Reading(Instant.parse(instant), Duration.ZERO));
    }

    public TestClock advance(Duration by) {
        reading.updateAndGet(now -> new Reading(now.pinned(), now.moved().plus(by)));
        return this;
    }

    /** Moves time on to {@code instant}; a running clock keeps running from there. */
    public TestClock advanceTo(Instant instant) {
        return advance(Duration.between(instant(), instant));
    }

    @Override
    public Instant instant() {
        Reading now = reading.get();
        return (now.pinned() == null ? Instant.now() : now.pinned()).plus(now.moved());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Instants have no zone: the program clock reckons days in its own. */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("A test clock gives instants only; the program clock owns the zone");
    }
}
