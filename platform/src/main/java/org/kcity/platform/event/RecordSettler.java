package org.kcity.platform.event;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;

/**
 * Decides what becomes of one incoming record: applied (or skipped), dead-lettered, or left where it is while its
 * partition waits. Only an event that can never be applied is dead-lettered: one that is unreadable or that its
 * handler refuses on every attempt, or one that {@link EventArrivedEarly arrived early} and whose missing fact did
 * not come within the limit. A failure of the infrastructure (database or broker unreachable, pool exhausted,
 * deadlock, lock or statement timeout, ...) is waited out with a capped back-off for as long as it lasts, and never
 * counts as an attempt.
 *
 * <p>Used by the consumer thread only; its memory of early events and failure streaks lasts one consumer session.
 */
final class RecordSettler {

    /** Settled, or to be tried again after {@code pause} with only its partition waiting. */
    record Verdict(boolean settled, Duration pause) {

        static final Verdict SETTLED = new Verdict(true, Duration.ZERO);

        static Verdict retryAfter(Duration pause) {
            return new Verdict(false, pause);
        }
    }

    private static final Logger LOG = Logger.getLogger(RecordSettler.class);

    private final EventsConfig.Consumer config;
    private final EventApplier applier;
    private final DeadLetters deadLetters;
    private final Inbox inbox;
    private final Counter infrastructureFailures;
    private final Map<String, Instant> earlySince = new HashMap<>();
    private final Map<TopicPartition, Integer> failureStreaks = new HashMap<>();

    RecordSettler(EventsConfig.Consumer config, EventApplier applier, DeadLetters deadLetters, Inbox inbox,
            Counter infrastructureFailures) {
        this.config = config;
        this.applier = applier;
        this.deadLetters = deadLetters;
        this.inbox = inbox;
        this.infrastructureFailures = infrastructureFailures;
    }

    Verdict settle(ConsumerRecord<String, byte[]> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        String position = DeadLetters.position(record);
        Instant firstAttempt = Instant.now();
        Throwable lastFailure = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                applier.apply(record.headers(), record.value(), record.topic(), record.partition(), record.offset());
                applied(record);
                return Verdict.SETTLED;
            } catch (RuntimeException | LinkageError | AssertionError failure) {
                // A handler's bug fails its event; only the JVM's own errors (out of memory, ...) end the session.
                Failures.rethrowJvmError(failure);
                EventArrivedEarly early = arrivedEarly(failure);
                if (early != null) {
                    return waitForMissingFact(record, early);
                }
                if (Failures.isTransient(failure)) {
                    return waitOut(partition, position, failure);
                }
                lastFailure = failure;
                LOG.warnf("Event at %s failed (attempt %d of %d): %s", position, attempt, config.maxAttempts(),
                        Failures.describe(failure));
                if (attempt < config.maxAttempts()) {
                    sleep(config.retryBackoff().multipliedBy(attempt));
                }
            }
        }
        if (!inbox.databaseReachable()) {
            return waitOut(partition, position, lastFailure);
        }
        return deadLetter(record, lastFailure, config.maxAttempts(), firstAttempt);
    }

    /** Forgets what a failure of the record left behind, once it was applied, alone or together with others. */
    void applied(ConsumerRecord<String, byte[]> record) {
        earlySince.remove(DeadLetters.position(record));
        failureStreaks.remove(new TopicPartition(record.topic(), record.partition()));
    }

    private Verdict waitForMissingFact(ConsumerRecord<String, byte[]> record, EventArrivedEarly early) {
        String position = DeadLetters.position(record);
        Instant since = earlySince.computeIfAbsent(position, key -> Instant.now());
        if (Instant.now().isBefore(since.plus(config.earlyEventLimit()))) {
            LOG.debugf("Event at %s arrived early (%s); its partition waits", position, early.getMessage());
            return Verdict.retryAfter(config.earlyEventPause());
        }
        Verdict verdict = deadLetter(record, early, 1, since);
        if (verdict.settled()) {
            earlySince.remove(position);
        }
        return verdict;
    }

    private Verdict waitOut(TopicPartition partition, String position, Throwable failure) {
        infrastructureFailures.increment();
        // An outage does not use up an early event's wait: its missing fact gets the whole limit once it is over.
        earlySince.remove(position);
        int streak = failureStreaks.merge(partition, 1, Integer::sum);
        Duration pause = backoff(streak);
        if (streak == 1 || streak % 20 == 0) {
            LOG.warnf("Event at %s waits for the infrastructure (%s); its partition retries every %s until it is back",
                    position, Failures.describe(failure), pause);
        }
        return Verdict.retryAfter(pause);
    }

    private Duration backoff(int streak) {
        Duration pause = config.infrastructureRetryBackoff().multipliedBy(1L << Math.min(streak - 1, 16));
        return pause.compareTo(config.infrastructureRetryMaxBackoff()) > 0 ? config.infrastructureRetryMaxBackoff() : pause;
    }

    private Verdict deadLetter(ConsumerRecord<String, byte[]> record, Throwable failure, int attempts, Instant firstAttempt) {
        try {
            return deadLetters.deadLetter(record, failure, attempts, firstAttempt)
                    ? Verdict.SETTLED
                    : Verdict.retryAfter(config.infrastructureRetryMaxBackoff());
        } catch (RuntimeException storing) {
            return waitOut(new TopicPartition(record.topic(), record.partition()), DeadLetters.position(record), storing);
        }
    }

    private static EventArrivedEarly arrivedEarly(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EventArrivedEarly early) {
                return early;
            }
        }
        return null;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
