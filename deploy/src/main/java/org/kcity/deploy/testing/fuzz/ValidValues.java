package org.kcity.deploy.testing.fuzz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A value every documented constraint of a schema accepts: the first enumeration constant, the smallest allowed
 * number, a text that fits the length and pattern. Bodies built from them pass the service's checks of shape, so a
 * single fault put into one field is the only one the service sees.
 */
final class ValidValues {

    /** Fits every text field here: it is not blank, short, and even a well-formed e-mail address. */
    static final String TEXT = "fuzz@example.org";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ApiContract contract;

    ValidValues(ApiContract contract) {
        this.contract = contract;
    }

    JsonNode of(JsonNode schema) {
        JsonNode resolved = contract.resolve(schema);
        if (resolved.has("enum") && resolved.get("enum").size() > 0) {
            return resolved.get("enum").get(0);
        }
        return switch (contract.typeOf(resolved)) {
            case "string" -> JSON.textNode(text(resolved));
            case "integer" -> JSON.numberNode(number(resolved).longValue());
            case "number" -> JSON.numberNode(number(resolved));
            case "boolean" -> JSON.booleanNode(true);
            case "array" -> array(resolved);
            default -> object(resolved);
        };
    }

    private String text(JsonNode schema) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "date-time":
                return OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.SECONDS).toString();
            case "date":
                return LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
            case "uuid":
                return UUID.randomUUID().toString();
            default:
                break;
        }
        String text = TEXT;
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            text = RegexSample.of(schema.get("pattern").asText()).orElse(text);
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        if (text.length() < min) {
            text = text + "x".repeat(min - text.length());
        }
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** The minimum when there is one (above it when it is exclusive), else 1 if the maximum allows it. */
    private static BigDecimal number(JsonNode schema) {
        if (schema.has("minimum")) {
            return schema.get("minimum").decimalValue();
        }
        if (schema.path("exclusiveMinimum").isNumber()) {
            return schema.get("exclusiveMinimum").decimalValue().add(BigDecimal.ONE);
        }
        if (schema.has("maximum") && schema.get("maximum").decimalValue().compareTo(BigDecimal.ONE) < 0) {
            return schema.get("maximum").decimalValue();
        }
        return BigDecimal.ONE;
    }

    private ArrayNode array(JsonNode schema) {
        ArrayNode array = JSON.arrayNode();
        int items = Math.max(1, schema.path("minItems").asInt(1));
        for (int i = 0; i < items; i++) {
            array.add(of(schema.path("items")));
        }
        return array;
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = JSON.objectNode();
        schema.path("properties").fields().forEachRemaining(property -> object.set(property.getKey(), of(property.getValue())));
        if (schema.path("additionalProperties").isObject()) {
            object.set(TEXT, of(schema.get("additionalProperties")));
        }
        return object;
    }
}
