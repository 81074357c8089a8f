package org.kcity.platform.event;

import java.io.IOException;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The event types the service's {@link EventSubscriber}s declared, and how their data is read before a handler sees
 * it: into the declared record, tolerantly, then checked once against the record's Bean Validation constraints
 * ({@code @NotNull} on what the service cannot do without). Public so a consumer's contract test reads the producers'
 * examples exactly as the inbox will.
 */
@ApplicationScoped
public class IncomingEvents {

    private final ObjectMapper json;
    private final Validator validator;
    private final EventRoutes routes = new EventRoutes();

    IncomingEvents(ObjectMapper json, Validator validator, Instance<EventSubscriber> subscribers) {
        this.json = json;
        this.validator = validator;
        subscribers.forEach(subscriber -> subscriber.subscribe(routes));
    }

    /** The types the service applies; any other type is skipped (tolerant reader). */
    public Set<String> types() {
        return routes.types();
    }

    /**
     * The data of event {@code eventId} of a declared {@code type} as its handler receives it; an
     * {@link IllegalArgumentException} when it is unreadable or breaks the record's constraints.
     */
    public Object read(String type, String eventId, byte[] data) {
        EventRoutes.Route<?> route = routeOf(type);
        if (route == null) {
            throw new IllegalArgumentException("No subscriber declared " + type);
        }
        Object record;
        try {
            record = json.readValue(data, route.dataType());
        } catch (IOException e) {
            throw new IllegalArgumentException("Event " + eventId + " data is not a valid " + type, e);
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(record);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(type + " " + eventId + " breaks its contract: " + describe(violations));
        }
        return record;
    }

    EventRoutes.Route<?> routeOf(String type) {
        return routes.routeOf(type);
    }

    private static String describe(Set<ConstraintViolation<Object>> violations) {
        return violations.stream().map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                .sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
    }
}
