package org.kcity.platform.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.Headers;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies one incoming event with the handler that the service's {@link EventSubscriber} declared for its type, in
 * a transaction of its own that also records the event id in the {@link Inbox}: an event applied twice, by a
 * redelivery or a replay, changes nothing the second time. Types without a handler are skipped (tolerant reader).
 * The data is read and checked by {@link IncomingEvents} before any handler sees it: an event that breaks the record's
 * constraints is refused, and ends as a dead letter like any other event that can never be applied.
 */
@ApplicationScoped
class EventApplier {

    private final Inbox inbox;
    private final IncomingEvents incoming;
    private final Counter applied;

    EventApplier(Inbox inbox, IncomingEvents incoming, MeterRegistry meters) {
        this.inbox = inbox;
        this.incoming = incoming;
        this.applied = meters.counter("kcity.inbox.applied");
    }

    /** Reads the record as a CloudEvent in binary mode; an unreadable one is an {@link IllegalArgumentException}. */
    static CloudEvent read(Headers headers, byte[] value) {
        try {
            return KafkaMessageFactory.createReader(headers, value).toEvent();
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("The record is not a CloudEvent in binary mode: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    void apply(Headers headers, byte[] value, String topic, int partition, long offset) {
        CloudEvent event = read(headers, value);
        EventRoutes.Route<?> route = incoming.routeOf(event.getType());
        if (route == null) {
            return;
        }
        EventMetadata metadata = new EventMetadata(event.getId(), event.getType(), event.getSource().toString(),
                event.getSubject(), event.getTime());
        if (event.getData() == null) {
            throw new IllegalArgumentException("Event " + metadata.id() + " has no data");
        }
        Object data = incoming.read(metadata.type(), metadata.id(), event.getData().toBytes());
        QuarkusTransaction.requiringNew().run(() -> {
            if (inbox.firstDelivery(metadata, topic, partition, offset)) {
                route.apply(metadata, data);
                applied.increment();
            }
        });
    }
}
