package org.kcity.platform.event;

/**
 * An event a service publishes about one of its aggregates: the record implementing it is the payload, serialized to
 * JSON as the event's published schema describes it, and it knows which event it is. A service builds one and hands
 * it to {@link EventOutbox#append}; nothing pairs a type string with a payload by hand.
 *
 * <pre>{@code
 * public record ApplicationWithdrawn(String applicationId, ...) implements OutgoingEvent {
 *     public static final String TYPE = "kcity.application.withdrawn.v1";
 *     public String type() { return TYPE; }
 *     public String subject() { return applicationId; }
 * }
 * }</pre>
 *
 * Only the record's components are serialized: {@code type()} and {@code subject()} travel as the CloudEvents
 * attributes {@code ce_type} and {@code ce_subject}, not in the data.
 */
public interface OutgoingEvent {

    /** The CloudEvents type with its version, {@code kcity.<context>.<event>.v<n>}, e.g. {@code kcity.application.submitted.v1}. */
    String type();

    /** The aggregate id; it is also the Kafka key, so one aggregate's events stay in order. */
    String subject();
}
