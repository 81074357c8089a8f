package org.kcity.platform.event;

import java.io.IOException;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

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
 * The data is checked here, once for every service, against the Bean Validation constraints of the record it is read
 * into ({@code @NotNull} on what the service cannot do without): an event that breaks them is refused before any
 * handler sees it, and ends as a dead letter like any other event that can never be applied.
 */
@ApplicationScoped
class EventApplier {

    private final Inbox inbox;
    private final ObjectMapper json;
    private final Validator validator;
    private final EventRoutes routes = new EventRoutes();
    private final Counter applied;

    EventApplier(Inbox inbox, ObjectMapper json, Validator validator, Instance<EventSubscriber> subscribers,
            MeterRegistry meters) {
        this.inbox = inbox;
        this.json = json;
        this.validator = validator;
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
        Object data;
        try {
            data = json.readValue(event.getData().toBytes(), route.dataType());
        } catch (IOException e) {
            throw new IllegalArgumentException("Event " + metadata.id() + " data is not a valid " + metadata.type(), e);
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(metadata.type() + " " + metadata.id() + " breaks its contract: "
                    + describe(violations));
        }
        return data;
    }

    private static String describe(Set<ConstraintViolation<Object>> violations) {
        return violations.stream().map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                .sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
    }
}
