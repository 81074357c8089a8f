package org.kcity.deploy.testing.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** A service's OpenAPI document, read as the operations it offers and the schemas they use. */
final class ApiContract {

    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static final String BEARER = "bearer";

    private final JsonNode document;

    ApiContract(JsonNode document) {
        this.document = document;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            String method = entry.getKey().toUpperCase(Locale.ROOT);
            if (METHODS.contains(method)) {
                operations.add(operation(method, path.getKey(), entry.getValue()));
            }
        }));
        return operations;
    }

    /** The methods the contract documents for a path. */
    Set<String> methodsOf(String path) {
        Set<String> methods = new LinkedHashSet<>();
        document.path("paths").path(path).fieldNames().forEachRemaining(name -> methods.add(name.toUpperCase(Locale.ROOT)));
        return methods;
    }

    /** The schema itself, with every {@code $ref} followed. */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int hops = 0; resolved.has("$ref") && hops < 20; hops++) {
            String reference = resolved.get("$ref").asText();
            resolved = document.at(reference.substring(1));
        }
        return resolved;
    }

    /** {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code array} or {@code object}. */
    String typeOf(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            for (JsonNode candidate : type) {
                if (!"null".equals(candidate.asText())) {
                    return candidate.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (resolved.has("enum")) {
            return "string";
        }
        if (resolved.has("items")) {
            return "array";
        }
        return "object";
    }

    boolean isRequired(JsonNode objectSchema, String property) {
        for (JsonNode name : resolve(objectSchema).path("required")) {
            if (name.asText().equals(property)) {
                return true;
            }
        }
        return false;
    }

    private Operation operation(String method, String path, JsonNode operation) {
        List<Operation.Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            parameters.add(new Operation.Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                    resolved.has("schema") ? resolved.get("schema") : JsonNodeFactory.instance.objectNode()));
        }
        Optional<JsonNode> body = Optional.ofNullable(operation.path("requestBody").path("content")
                .path("application/json").get("schema"));
        return new Operation(method, path, List.copyOf(parameters), body, operation.has("security"), roles(operation));
    }

    /** The scopes of the bearer requirement are the roles that may call the operation. */
    private static Set<String> roles(JsonNode operation) {
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode requirement : operation.path("security")) {
            Iterator<Map.Entry<String, JsonNode>> schemes = requirement.fields();
            while (schemes.hasNext()) {
                Map.Entry<String, JsonNode> scheme = schemes.next();
                if (BEARER.equals(scheme.getKey())) {
                    scheme.getValue().forEach(role -> roles.add(role.asText()));
                }
            }
        }
        return Collections.unmodifiableSet(roles);
    }
}
