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

    interface Relay {
        /** Fallback poll of the outbox; commits wake the relay at once. */
        @WithDefault("2s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** Longest pause between attempts while the broker is unreachable. */
        @WithDefault("5s")
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

        /** Attempts per event before it goes to {@code <topic>.dlq}. */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("200ms")
        Duration retryBackoff();

        /** How long a partition waits before an event that arrived early is tried again. */
        @WithDefault("500ms")
        Duration earlyEventPause();

        /** How long an early event may wait for the fact it depends on before it is dead-lettered. */
        @WithDefault("10m")
        Duration earlyEventLimit();
    }
}
