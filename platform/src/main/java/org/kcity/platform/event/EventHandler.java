package org.kcity.platform.event;

/**
 * Applies one type of incoming event to the service's own data. Implementations are CDI beans; the
 * {@link InboxConsumer} calls {@link #handle} inside the transaction that records the event id, so an
 * event delivered twice is applied once. Data is read tolerantly: unknown fields are ignored.
 *
 * @param <T> the service's own view of the event data
 */
public interface EventHandler<T> {

    /** The CloudEvents type handled, e.g. {@code kcity.application.submitted.v1}. */
    String eventType();

    Class<T> dataType();

    void handle(EventMetadata event, T data);
}
