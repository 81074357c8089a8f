package org.kcity.deploy.testing.events;

import java.math.BigDecimal;

import org.kcity.deploy.testing.fuzz.RegexSample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds, deterministically, an instance of a JSON schema as the events' schemas write them (type, required,
 * properties, items, enum, const, format, pattern, lengths, limits), at the two ends of what a producer may send:
 * {@link #full} fills every property, optional ones too; {@link #minimal} only the required ones, null where null is
 * allowed, other enumeration constants. A consumer must read both.
 */
public final class SchemaSample {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final boolean full;

    private SchemaSample(boolean full) {
        this.full = full;
    }

    public static JsonNode full(JsonNode schema) {
        return new SchemaSample(true).of(schema);
    }

    public static JsonNode minimal(JsonNode schema) {
        return new SchemaSample(false).of(schema);
    }

    private JsonNode of(JsonNode schema) {
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            JsonNode constants = schema.get("enum");
            return constants.get(full ? 0 : constants.size() - 1);
        }
        String type = typeOf(schema);
        return switch (type) {
            case "null" -> JSON.nullNode();
            case "string" -> JSON.textNode(text(schema));
            case "integer" -> JSON.numberNode(number(schema).longValueExact());
            case "number" -> JSON.numberNode(number(schema));
            case "boolean" -> JSON.booleanNode(full);
            case "array" -> array(schema);
            case "object" -> object(schema);
            default -> throw new IllegalArgumentException("No sample for type " + type + " of " + schema);
        };
    }

    /** The declared type; of a nullable one ({@code ["string", "null"]}), null in a minimal sample. */
    private String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (!type.isArray()) {
            return type.asText(schema.has("properties") ? "object" : "string");
        }
        for (JsonNode each : type) {
            if (full != "null".equals(each.asText())) {
                return each.asText();
            }
        }
        return type.get(0).asText();
    }

    private String text(JsonNode schema) {
        switch (schema.path("format").asText("")) {
            case "date-time":
                return "2026-03-02T09:30:00Z";
            case "date":
                return "2026-03-02";
            case "uuid":
                return "0b6c5a4e-1f2d-4c3b-9a8e-7d6f5e4c3b2a";
            default:
                break;
        }
        String text = schema.has("pattern")
                ? RegexSample.of(schema.get("pattern").asText())
                        .orElseThrow(() -> new IllegalArgumentException("No sample for pattern " + schema.get("pattern")))
                : "sample";
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        if (text.length() < min) {
            text = text + "x".repeat(min - text.length());
        }
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** The minimum in a minimal sample; in a full one the maximum, or the minimum plus 1 where there is none. */
    private BigDecimal number(JsonNode schema) {
        BigDecimal minimum = schema.has("minimum") ? schema.get("minimum").decimalValue() : BigDecimal.ZERO;
        if (!full) {
            return minimum;
        }
        return schema.has("maximum") ? schema.get("maximum").decimalValue() : minimum.add(BigDecimal.ONE);
    }

    private ArrayNode array(JsonNode schema) {
        ArrayNode array = JSON.arrayNode();
        int items = Math.max(schema.path("minItems").asInt(0), full ? 2 : 0);
        for (int i = 0; i < items; i++) {
            array.add(of(schema.path("items")));
        }
        return array;
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = JSON.objectNode();
        JsonNode required = schema.path("required");
        schema.path("properties").fields().forEachRemaining(property -> {
            if (full || contains(required, property.getKey())) {
                object.set(property.getKey(), of(property.getValue()));
            }
        });
        return object;
    }

    private static boolean contains(JsonNode names, String name) {
        for (JsonNode each : names) {
            if (each.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
