package org.kcity.deploy.testing.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The AsyncAPI 3.0 document of the events, {@code kcity/asyncapi.yaml} on the classpath (the platform ships it beside
 * the schemas it refers to), read as the contract the tests check: its messages, with their headers, key and
 * payload schemas and examples, and its operations, each tagged with the service (or reader) that performs it.
 */
public final class AsyncApi {

    public static final String RESOURCE = "kcity/asyncapi.yaml";
    private static final String EVENTS_FOLDER = "./events/";

    private final JsonNode document;

    private AsyncApi(JsonNode document) {
        this.document = document;
    }

    public static AsyncApi load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError("No AsyncAPI document at " + RESOURCE + " on the classpath");
            }
            return new AsyncApi(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example of a message: its headers, its Kafka key (the {@code ce_subject} header) and its payload. */
    public record Example(String name, JsonNode headers, JsonNode payload) {

        public String key() {
            return headers.path("ce_subject").asText(null);
        }
    }

    /** A message; {@code payloadType} names the event type whose published schema the payload refers to, if any. */
    public record Message(String name, JsonNode headers, JsonNode key, Optional<String> payloadType, JsonNode payload,
            List<Example> examples) {
    }

    /** An operation: a {@code send} or {@code receive} of the named messages on a topic by a service. */
    public record Operation(String id, String action, String service, String topic, List<String> messages) {
    }

    public JsonNode document() {
        return document;
    }

    public List<Message> messages() {
        List<Message> messages = new ArrayList<>();
        document.path("components").path("messages").fields().forEachRemaining(entry -> messages.add(message(entry.getValue())));
        return messages;
    }

    public Message message(String name) {
        return messages().stream().filter(message -> message.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("The AsyncAPI document has no message " + name));
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("operations").fields().forEachRemaining(entry -> operations.add(operation(entry.getKey(), entry.getValue())));
        return operations;
    }

    public List<Operation> operationsOf(String service) {
        return operations().stream().filter(operation -> operation.service().equals(service)).toList();
    }

    /** Every topic address, each with the names of the messages it carries. */
    public Map<String, List<String>> topics() {
        return streamOf(document.path("channels")).collect(Collectors.toMap(channel -> channel.path("address").asText(),
                channel -> streamOf(channel.path("messages")).map(message -> resolve(message).path("name").asText()).toList()));
    }

    /** The node a local reference ({@code #/components/...}) points to, or the node itself when it is no reference. */
    public JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = document.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new AssertionError("Dangling reference " + ref);
        }
        return resolve(target);
    }

    private Message message(JsonNode node) {
        JsonNode message = resolve(node);
        String ref = message.path("payload").path("$ref").asText("");
        Optional<String> payloadType = ref.startsWith(EVENTS_FOLDER) && ref.endsWith(".schema.json")
                ? Optional.of(ref.substring(EVENTS_FOLDER.length(), ref.length() - ".schema.json".length()))
                : Optional.empty();
        JsonNode payload = payloadType.<JsonNode>map(EventSchemas::of).orElseGet(() -> resolve(message.path("payload")));
        List<Example> examples = streamOf(message.path("examples"))
                .map(example -> new Example(example.path("name").asText(), example.path("headers"), example.path("payload")))
                .toList();
        return new Message(message.path("name").asText(), inline(message.path("headers")),
                inline(message.path("bindings").path("kafka").path("key")), payloadType, payload, examples);
    }

    private Operation operation(String id, JsonNode operation) {
        JsonNode channel = resolve(operation.path("channel"));
        List<String> messages = streamOf(operation.path("messages")).map(message -> resolve(message).path("name").asText())
                .toList();
        String service = streamOf(operation.path("tags")).map(tag -> resolve(tag).path("name").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("Operation " + id + " names no service in its tags"));
        return new Operation(id, operation.path("action").asText(), service, channel.path("address").asText(), messages);
    }

    /** A schema of this document with its local references replaced by what they point to. */
    private JsonNode inline(JsonNode schema) {
        JsonNode resolved = resolve(schema).deepCopy();
        if (resolved.isObject()) {
            resolved.fields().forEachRemaining(entry -> entry.setValue(inline(entry.getValue())));
        } else if (resolved.isArray()) {
            for (int i = 0; i < resolved.size(); i++) {
                ((ArrayNode) resolved).set(i, inline(resolved.get(i)));
            }
        }
        return resolved;
    }

    private static Stream<JsonNode> streamOf(JsonNode container) {
        List<JsonNode> nodes = new ArrayList<>();
        container.elements().forEachRemaining(nodes::add);
        return nodes.stream();
    }
}
