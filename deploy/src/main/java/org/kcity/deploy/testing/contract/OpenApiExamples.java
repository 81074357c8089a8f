package org.kcity.deploy.testing.contract;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The examples of a service's OpenAPI document, which partner agencies read before they write a request: every
 * request body and every 2xx JSON answer has one, given whole or composed from the examples of its schema's
 * properties (as Swagger UI composes it), and every example, given or composed, is valid against its schema, formats
 * included.
 */
public final class OpenApiExamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT_URI = "https://kcity.local/openapi.json";
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final JsonNode document;
    private final JsonSchemaFactory schemas;
    private final Set<String> faults = new LinkedHashSet<>();

    private OpenApiExamples(JsonNode document) {
        this.document = document;
        String text = document.toString();
        this.schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                factory -> factory.schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_URI, text))));
    }

    /** Fails, listing every fault, unless the running service (REST Assured's default base) documents its bodies by example. */
    public static void assertEveryBodyHasAValidExample() {
        String served = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        List<String> faults;
        try {
            faults = faultsOf(JSON.readTree(served));
        } catch (IOException e) {
            throw new AssertionError("The served OpenAPI document is not JSON: " + e.getMessage(), e);
        }
        if (!faults.isEmpty()) {
            throw new AssertionError("The OpenAPI document's examples are incomplete or invalid:\n  "
                    + String.join("\n  ", faults));
        }
    }

    /** What is missing or wrong in the examples of an OpenAPI 3.1 document; empty when nothing is. */
    public static List<String> faultsOf(JsonNode document) {
        OpenApiExamples examples = new OpenApiExamples(document);
        examples.checkGiven("", document);
        examples.checkBodies();
        return new ArrayList<>(examples.faults);
    }

    /** Every example the document gives, wherever it stands, against the schema it illustrates. */
    private void checkGiven(String pointer, JsonNode node) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkGiven(pointer + "/" + i, node.get(i));
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String schema = node.has("schema") ? pointer + "/schema" : pointer;
        if (node.path("examples").isArray()) {
            node.get("examples").forEach(example -> validate(pointer + "/examples", schema, example));
        } else if (node.path("examples").isObject()) {
            node.get("examples").fields().forEachRemaining(example -> validate(pointer + "/examples/"
                    + escape(example.getKey()), schema, example.getValue().path("value")));
        }
        if (node.has("example")) {
            validate(pointer + "/example", schema, node.get("example"));
        }
        node.fields().forEachRemaining(field -> checkGiven(pointer + "/" + escape(field.getKey()), field.getValue()));
    }

    private void checkBodies() {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String at = "/paths/" + escape(path.getKey()) + "/" + operation.getKey();
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            checkContent(name + " request", at + "/requestBody/content", operation.getValue().path("requestBody"));
            operation.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    checkContent(name + " " + response.getKey(), at + "/responses/" + response.getKey() + "/content",
                            response.getValue());
                }
            });
        }));
    }

    private void checkContent(String what, String pointer, JsonNode body) {
        body.path("content").fields().forEachRemaining(media -> {
            if (!isJson(media.getKey()) || !media.getValue().has("schema")) {
                return;
            }
            String mediaPointer = pointer + "/" + escape(media.getKey());
            if (media.getValue().has("example") || media.getValue().has("examples")) {
                return;
            }
            List<String> missing = new ArrayList<>();
            Optional<JsonNode> example = compose(mediaPointer + "/schema", new HashSet<>(), missing);
            if (example.isEmpty()) {
                faults.add(what + ": no example, since none is given for " + String.join(", ", missing));
            } else {
                validate(what + " (composed example " + example.get() + ")", mediaPointer + "/schema", example.get());
            }
        });
    }

    /**
     * The example of the schema at a pointer: its own, else one made of its parts' (every property of an object,
     * one item of an array, the first value of an enumeration, the first branch of a choice that is not null).
     * What has none is added to missing.
     */
    private Optional<JsonNode> compose(String pointer, Set<String> references, List<String> missing) {
        JsonNode schema = document.at(pointer);
        if (schema.path("examples").isArray() && !schema.get("examples").isEmpty()) {
            return Optional.of(schema.get("examples").get(0));
        }
        if (schema.has("example")) {
            return Optional.of(schema.get("example"));
        }
        if (schema.has("$ref")) {
            String target = schema.get("$ref").asText().substring(1);
            if (!references.add(target)) {
                missing.add("#" + pointer + " (its example would never end)");
                return Optional.empty();
            }
            Optional<JsonNode> example = compose(target, references, missing);
            references.remove(target);
            return example;
        }
        if (schema.has("const")) {
            return Optional.of(schema.get("const"));
        }
        if (schema.path("enum").isArray()) {
            for (JsonNode value : schema.get("enum")) {
                if (!value.isNull()) {
                    return Optional.of(value);
                }
            }
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            JsonNode branches = schema.path(choice);
            for (int i = 0; i < branches.size(); i++) {
                if (!"null".equals(branches.get(i).path("type").asText())) {
                    return compose(pointer + "/" + choice + "/" + i, references, missing);
                }
            }
        }
        if (schema.has("properties")) {
            ObjectNode object = JSON.createObjectNode();
            boolean complete = true;
            for (Iterator<String> names = schema.get("properties").fieldNames(); names.hasNext();) {
                String name = names.next();
                Optional<JsonNode> value = compose(pointer + "/properties/" + escape(name), references, missing);
                value.ifPresent(example -> object.set(name, example));
                complete &= value.isPresent();
            }
            return complete ? Optional.of(object) : Optional.empty();
        }
        if (schema.has("items")) {
            Optional<JsonNode> item = compose(pointer + "/items", references, missing);
            return item.map(example -> {
                ArrayNode array = JSON.createArrayNode();
                array.add(example);
                return array;
            });
        }
        missing.add("#" + pointer);
        return Optional.empty();
    }

    private void validate(String what, String schemaPointer, JsonNode example) {
        for (ValidationMessage message : schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + schemaPointer), STRICT)
                .validate(example)) {
            faults.add(what + " is invalid against #" + schemaPointer + ": " + message.getMessage());
        }
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String escape(String pointerSegment) {
        return pointerSegment.replace("~", "~0").replace("/", "~1");
    }
}
