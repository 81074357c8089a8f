package org.kcity.platform.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** The handlers of the incoming event types, one per type, as the {@link EventSubscriber}s declared them. */
public final class EventRoutes {

    record Route<T>(Class<T> dataType, BiConsumer<EventMetadata, T> handler) {

        void apply(EventMetadata event, Object data) {
            handler.accept(event, dataType.cast(data));
        }
    }

    private final Map<String, Route<?>> routes = new HashMap<>();

    /**
     * Applies events of {@code eventType} (e.g. {@code kcity.application.submitted.v1}) with {@code handler},
     * their data read as {@code dataType}.
     */
    public <T> EventRoutes on(String eventType, Class<T> dataType, BiConsumer<EventMetadata, T> handler) {
        if (routes.putIfAbsent(eventType, new Route<>(dataType, handler)) != null) {
            throw new IllegalStateException("Two handlers declared for " + eventType);
        }
        return this;
    }

    Set<String> types() {
        return Set.copyOf(routes.keySet());
    }

    Route<?> routeOf(String eventType) {
        return routes.get(eventType);
    }
}
