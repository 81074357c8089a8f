package org.kcity.platform.event;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.common.header.Headers;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies one incoming event with the handler that the service's {@link EventSubscriber} declared for its type, in
 * a transaction of its own that also records the event id in the {@link Inbox}: an event applied twice, by a
 * redelivery or a replay, changes nothing the second time. Types without a handler are skipped (tolerant reader).
 */
@ApplicationScoped
class EventApplier {

    private final Inbox inbox;
    private final ObjectMapper json;
    private final EventRoutes routes = new EventRoutes();
    private final Counter applied;

    EventApplier(Inbox inbox, ObjectMapper json, Instance<EventSubscriber> subscribers, MeterRegistry meters) {
        this.inbox = inbox;
        this.json = json;
        subscribers.forEach(subscriber -> subscriber.subscribe(routes));
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
        EventRoutes.Route<?> route = routes.routeOf(event.getType());
        if (route == null) {
            return;
        }
        EventMetadata metadata = new EventMetadata(event.getId(), event.getType(), event.getSource().toString(),
                event.getSubject(), event.getTime());
        Object data = data(route, metadata, event);
        QuarkusTransaction.requiringNew().run(() -> {
            if (inbox.firstDelivery(metadata, topic, partition, offset)) {
                route.apply(metadata, data);
                applied.increment();
            }
        });
    }

    private Object data(EventRoutes.Route<?> route, EventMetadata metadata, CloudEvent event) {
        if (event.getData() == null) {
            throw new IllegalArgumentException("Event " + metadata.id() + " has no data");
        }
        try {
            return json.readValue(event.getData().toBytes(), route.dataType());
        } catch (IOException e) {
            throw new IllegalArgumentException("Event " + metadata.id() + " data is not a valid " + metadata.type(), e);
        }
    }
}
