package org.kcity.platform.event;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service publishes and consumes events ({@code kcity.events.*}). */
@ConfigMapping(prefix = "kcity.events")
public interface EventsConfig {

    /** The topic this service publishes to, e.g. {@code kcity.applications}. */
    String topic();

    /** The CloudEvents {@code source} of everything this service publishes, e.g. {@code /kcity/applications-service}. */
    String source();

    /** Partitions of every topic this service creates. */
    @WithDefault("3")
    int partitions();

    @WithDefault("1")
    short replicationFactor();

    Relay relay();

    Consumer consumer();

    Retention retention();

    Health health();

    /** What the {@code hand-off} health group reports as down. */
    interface Health {
        /** The oldest unpublished outbox row may be this old before the hand-off is reported down. */
        @WithDefault("1m")
        Duration maxOutboxAge();
    }

    interface Relay {
        /** Fallback poll of the outbox; commits wake the relay at once. */
        @WithDefault("2s")
        Duration pollInterval();

        /** Rows published per transaction; as many as a consumer takes in one poll. */
        @WithDefault("500")
        int batchSize();

        /** Longest pause between attempts while the broker or the database is unreachable. */
        @WithDefault("1s")
        Duration maxBackoff();
    }

    /** How long bookkeeping rows are kept before {@link RetentionJanitor} deletes them. */
    interface Retention {
        /** How often the janitor runs (also read by its schedule). */
        @WithDefault("1h")
        Duration every();

        /** Published outbox rows: kept for inspection and replay by hand. */
        @WithDefault("7d")
        Duration publishedOutbox();

        /** Inbox ids: longer than the broker keeps events, so no redelivery can outlive its inbox row. */
        @WithDefault("30d")
        Duration inbox();

        /** Stored answers to Idempotency-Key requests: longer than any partner retries. */
        @WithDefault("2d")
        Duration idempotencyKeys();
    }

    interface Consumer {
        /** Topics this service consumes; none means it runs no consumer. */
        Optional<List<String>> topics();

        /** Consumer group; defaults to the application name. */
        Optional<String> groupId();

        /**
         * This instance's static membership of the group; defaults to {@code <application>-<host name>}. Two instances
         * that run at once need two ids (on Kubernetes each pod's host name differs).
         */
        Optional<String> instanceId();

        /** How long the group waits for a silent instance before its partitions go to the others. */
        @WithDefault("10s")
        Duration sessionTimeout();

        /** Attempts per event before it is dead-lettered; failures of the infrastructure are not attempts. */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("200ms")
        Duration retryBackoff();

        /** First pause of a partition whose event failed because of the database or broker; it doubles from there. */
        @WithDefault("100ms")
        Duration infrastructureRetryBackoff();

        /** Longest pause between retries of an event while the infrastructure is down. */
        @WithDefault("1s")
        Duration infrastructureRetryMaxBackoff();

        /** A consumer that has not polled for this long is reported stalled by the health checks. */
        @WithDefault("60s")
        Duration stallLimit();

        /** How long a partition waits before an event that arrived early is tried again. */
        @WithDefault("500ms")
        Duration earlyEventPause();

        /** How long an early event may wait for the fact it depends on before it is dead-lettered. */
        @WithDefault("10m")
        Duration earlyEventLimit();
    }
}
