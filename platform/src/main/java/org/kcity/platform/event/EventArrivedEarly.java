package org.kcity.platform.event;

/**
 * Thrown by an event handler (see {@link EventSubscriber}) when the event refers to something this service has not learned yet, because
 * the fact it depends on travels on another topic or key (a budget of a project whose selection has not been
 * consumed yet). The consumer sets the event's partition aside and tries it again later, while every other
 * partition goes on; only if the missing fact never comes within {@code kcity.events.consumer.early-event-limit}
 * is the event dead-lettered.
 */
public class EventArrivedEarly extends RuntimeException {

    public EventArrivedEarly(String missingFact) {
        super(missingFact);
    }
}
