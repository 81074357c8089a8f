package org.kcity.platform.event;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies incoming events with the handlers that the service's {@link EventSubscriber} declared for their types, in
 * a transaction of their own that also records the event ids in the {@link Inbox}: an event applied twice, by a
 * redelivery or a replay, changes nothing the second time. Types without a handler are skipped (tolerant reader).
 * The data is read and checked by {@link IncomingEvents} before any handler sees it: an event that breaks the record's
 * constraints is refused, and ends as a dead letter like any other event that can never be applied.
 */
@ApplicationScoped
class EventApplier {

    /** An event read from its record and checked, ready for its handler. */
    record Delivery(EventMetadata metadata, EventRoutes.Route<?> route, Object data, String topic, int partition,
            long offset) {

        void apply() {
            route.apply(metadata, data);
        }
    }

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
        applyInOneTransaction(Stream.ofNullable(delivery(headers, value, topic, partition, offset)).toList());
    }

    /** Applies the records in their order, in one transaction: all of them, or none when any one fails. */
    void applyAll(List<ConsumerRecord<String, byte[]>> records) {
        applyInOneTransaction(records.stream()
                .map(record -> delivery(record.headers(), record.value(), record.topic(), record.partition(), record.offset()))
                .filter(Objects::nonNull).toList());
    }

    private void applyInOneTransaction(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        int firstDeliveries = QuarkusTransaction.requiringNew().call(() -> {
            List<Delivery> first = inbox.firstDeliveries(deliveries);
            first.forEach(Delivery::apply);
            return first.size();
        });
        applied.increment(firstDeliveries);
    }

    /** The event of the record, read and checked; null when no handler wants its type. */
    private Delivery delivery(Headers headers, byte[] value, String topic, int partition, long offset) {
        CloudEvent event = read(headers, value);
        EventRoutes.Route<?> route = incoming.routeOf(event.getType());
        if (route == null) {
            return null;
        }
        EventMetadata metadata = new EventMetadata(event.getId(), event.getType(), event.getSource().toString(),
                event.getSubject(), event.getTime());
        if (event.getData() == null) {
            throw new IllegalArgumentException("Event " + metadata.id() + " has no data");
        }
        Object data = incoming.read(metadata.type(), metadata.id(), event.getData().toBytes());
        return new Delivery(metadata, route, data, topic, partition, offset);
    }
}
