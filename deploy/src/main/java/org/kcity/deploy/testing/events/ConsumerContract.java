package org.kcity.deploy.testing.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A consuming service's side of the event contract, checked against the AsyncAPI document: the topics it is
 * configured to publish to and read are the ones the document says, the types its subscribers declare are the messages
 * the document says it receives, and it reads every example of those messages and two samples of each producer's
 * schema (every property; only the required ones, with nulls) exactly as its inbox will, accepting each.
 */
public final class ConsumerContract {

    /** How the service reads an event's data before a handler sees it: throws when it refuses it. */
    @FunctionalInterface
    public interface EventReader {
        Object read(String type, String eventId, byte[] data);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String service;
    private final AsyncApi document = AsyncApi.load();

    private ConsumerContract(String service) {
        this.service = service;
    }

    public static ConsumerContract of(String service) {
        return new ConsumerContract(service);
    }

    /** The topics in the service's configuration ({@code kcity.events.*}) are those of its operations in the document. */
    public void assertTopicsAsDocumented() {
        Config config = ConfigProvider.getConfig();
        String published = config.getValue("kcity.events.topic", String.class);
        Set<String> consumed = new TreeSet<>(config.getOptionalValues("kcity.events.consumer.topics", String.class).orElse(List.of()));
        Set<String> deadLetters = new TreeSet<>();
        consumed.forEach(topic -> deadLetters.add(topic + ".dlq"));
        requireEqual(consumed, topics("receive"), "topics it reads");
        Set<String> sent = new TreeSet<>(deadLetters);
        sent.add(published);
        requireEqual(sent, topics("send"), "topics it writes to");
    }

    /** The types {@code reader} applies are the messages the document says the service receives, and it reads them all. */
    public void assertReads(Set<String> subscribedTypes, EventReader reader) {
        Set<String> documented = new TreeSet<>();
        document.operationsOf(service).stream().filter(operation -> operation.action().equals("receive"))
                .forEach(operation -> documented.addAll(operation.messages()));
        requireEqual(new TreeSet<>(subscribedTypes), documented, "types its subscribers declare");
        Map<String, String> refused = new LinkedHashMap<>();
        for (String type : documented) {
            candidates(type).forEach((name, data) -> {
                try {
                    reader.read(type, name, bytes(data));
                } catch (RuntimeException refusal) {
                    refused.put(type + " " + name, String.valueOf(refusal.getMessage()));
                }
            });
        }
        if (!refused.isEmpty()) {
            throw new AssertionError(service + " refuses events its producers may send: " + refused);
        }
    }

    /** Every example of the message and the two samples of its schema, each checked against the schema first. */
    private Map<String, JsonNode> candidates(String type) {
        AsyncApi.Message message = document.message(type);
        Map<String, JsonNode> candidates = new LinkedHashMap<>();
        message.examples().forEach(example -> candidates.put("example " + example.name(), example.payload()));
        candidates.put("sample with every property", SchemaSample.full(message.payload()));
        candidates.put("sample with only the required properties", SchemaSample.minimal(message.payload()));
        candidates.forEach((name, data) -> {
            List<String> violations = EventSchemas.violations(message.payload(), data);
            if (!violations.isEmpty()) {
                throw new AssertionError(type + " " + name + " breaks the producer's schema: " + violations);
            }
        });
        return candidates;
    }

    private Set<String> topics(String action) {
        Set<String> topics = new TreeSet<>();
        document.operationsOf(service).stream().filter(operation -> operation.action().equals(action))
                .forEach(operation -> topics.add(operation.topic()));
        return topics;
    }

    private void requireEqual(Set<String> actual, Set<String> documented, String what) {
        if (!actual.equals(documented)) {
            throw new AssertionError(service + ": the " + what + " are " + actual + ", the AsyncAPI document ("
                    + AsyncApi.RESOURCE + ") says " + documented);
        }
    }

    private static byte[] bytes(JsonNode data) {
        try {
            return JSON.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
