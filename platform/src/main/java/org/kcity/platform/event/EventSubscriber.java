package org.kcity.platform.event;

/**
 * Declares which incoming event types a service applies, and how. Each consuming service has one such
 * {@code @ApplicationScoped} bean; the {@link InboxConsumer} calls the declared handler inside the transaction
 * that records the event id, so an event delivered twice is applied once. Data is read tolerantly into the
 * service's own record type: unknown fields are ignored, and types nobody declared are skipped. The record's Bean
 * Validation constraints are checked before the handler is called, so a handler never checks for missing fields.
 *
 * <p>The records are the service's contract and live in its {@code event} package, which depends on nothing but its
 * {@code domain}; the subscriber is an adapter, like a REST resource, in the service's {@code subscriber} package,
 * and hands each event to the {@code service} layer.
 */
public interface EventSubscriber {

    void subscribe(EventRoutes routes);
}
