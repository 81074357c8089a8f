package org.kcity.deploy.testing.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The published JSON schema (2020-12) of each event type, read from {@code kcity/events/<type>.schema.json} on the
 * classpath (the platform ships them), with {@code format} asserted: a date that is not a date breaks the contract.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private static final Map<String, Optional<JsonNode>> DOCUMENTS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    public static String resourceOf(String type) {
        return "kcity/events/" + type + ".schema.json";
    }

    /** The schema document of {@code type}, if one is published. */
    public static Optional<JsonNode> find(String type) {
        return DOCUMENTS.computeIfAbsent(type, EventSchemas::load);
    }

    public static JsonNode of(String type) {
        return find(type).orElseThrow(() -> new AssertionError("No published schema for " + type + " at " + resourceOf(type)));
    }

    /** What in {@code data} breaks the published schema of {@code type}; empty when it is valid. */
    public static List<String> violations(String type, JsonNode data) {
        return violations(of(type), data);
    }

    /** What in {@code data} breaks {@code schema} (a JSON schema 2020-12 document); empty when it is valid. */
    public static List<String> violations(JsonNode schema, JsonNode data) {
        JsonSchema validator = FACTORY.getSchema(schema, ASSERT_FORMATS);
        return validator.validate(data).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static Optional<JsonNode> load(String type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resourceOf(type))) {
            return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
