package org.kcity.platform.event;

import java.util.Objects;

/**
 * An event a service reports about one of its aggregates.
 *
 * @param type    the versioned CloudEvents type, e.g. {@code kcity.application.submitted.v1}
 * @param subject the aggregate id; it is also the Kafka key, so one aggregate's events stay in order
 * @param data    the payload, serialized to JSON as the event's published schema describes it
 */
public record OutgoingEvent(String type, String subject, Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }
}
