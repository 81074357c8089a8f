package org.kcity.platform.event;

/**
 * Declares which incoming event types a service applies, and how. Each consuming service has one such
 * {@code @ApplicationScoped} bean; the {@link InboxConsumer} calls the declared handler inside the transaction
 * that records the event id, so an event delivered twice is applied once. Data is read tolerantly into the
 * service's own record type: unknown fields are ignored, and types nobody declared are skipped.
 */
public interface EventSubscriber {

    void subscribe(EventRoutes routes);
}
