package org.kcity.platform.event;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import io.smallrye.health.api.HealthGroup;

/**
 * Health of the hand-off to and from Kafka, in two checks.
 *
 * <ul>
 * <li>{@link Workers} (liveness): the relay and the consumer threads are alive and going round their loops. They
 * survive any failure, so a dead or stuck one needs a restart of the instance.</li>
 * <li>{@link Flow} (group {@code hand-off}, at {@code /q/health/group/hand-off}): the age of the oldest unpublished
 * outbox row, the consumer's lag per partition and the dead letters held. It is down while events wait too long,
 * which is what an operator is paged for; it is not part of readiness, because a broker outage must not take the
 * HTTP API out of the load balancer while the outbox still accepts every write.</li>
 * </ul>
 */
final class HandOffHealth {

    private HandOffHealth() {
    }

    @Liveness
    @ApplicationScoped
    static class Workers implements HealthCheck {

        private final OutboxRelay relay;
        private final InboxConsumer consumer;

        Workers(OutboxRelay relay, InboxConsumer consumer) {
            this.relay = relay;
            this.consumer = consumer;
        }

        @Override
        public HealthCheckResponse call() {
            boolean consumerOk = !consumer.isEnabled() || consumer.isRunning();
            return HealthCheckResponse.named("event-workers")
                    .status(relay.isRunning() && consumerOk)
                    .withData("relayRunning", relay.isRunning())
                    .withData("consumerRunning", consumer.isEnabled() ? String.valueOf(consumer.isRunning()) : "none")
                    .build();
        }
    }

    @HealthGroup("hand-off")
    @ApplicationScoped
    static class Flow implements HealthCheck {

        private final OutboxRelay relay;
        private final InboxConsumer consumer;
        private final DeadLetters deadLetters;
        private final EventsConfig config;

        Flow(OutboxRelay relay, InboxConsumer consumer, DeadLetters deadLetters, EventsConfig config) {
            this.relay = relay;
            this.consumer = consumer;
            this.deadLetters = deadLetters;
            this.config = config;
        }

        @Override
        public HealthCheckResponse call() {
            HealthCheckResponseBuilder health = HealthCheckResponse.named("hand-off");
            try {
                Duration oldest = relay.oldestPendingAge();
                boolean outboxFlowing = oldest.compareTo(config.health().maxOutboxAge()) <= 0;
                health.withData("oldestUnpublishedOutboxRowSeconds", oldest.toSeconds())
                        .withData("deadLettersHeld", deadLetters.heldCount())
                        .withData("relayRunning", relay.isRunning());
                if (consumer.isEnabled()) {
                    Map<String, Long> lag = new TreeMap<>();
                    consumer.lag().forEach((partition, records) -> lag.put(partition.toString(), records));
                    lag.forEach((partition, records) -> health.withData("lag." + partition, records));
                    health.withData("consumerRunning", consumer.isRunning());
                }
                return health.status(outboxFlowing && relay.isRunning() && (!consumer.isEnabled() || consumer.isRunning()))
                        .build();
            } catch (RuntimeException databaseUnavailable) {
                return health.down().withData("error", Failures.describe(databaseUnavailable)).build();
            }
        }
    }
}
