package org.kcity.deploy.testing.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * A service's own OpenAPI 3.1 document, as it serves it, and the checks of one exchange against it: the operation
 * exists, the status and media type of the answer are documented, the answer's body matches its schema, and a
 * request the service accepted (2xx) matches the request schema.
 */
public final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Set<Integer> UNROUTED = Set.of(404, 405);

    private final JsonNode document;
    private final List<PathTemplate> paths;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private OpenApiDocument(JsonNode document) {
        this.document = document;
        List<PathTemplate> templates = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> templates.add(PathTemplate.of(path)));
        // A literal segment wins over a parameter: /budgets/overdue-drafts is not /budgets/{budgetId}.
        templates.sort(Comparator.comparingInt(PathTemplate::parameters));
        this.paths = templates;
    }

    public static OpenApiDocument of(JsonNode document) {
        return new OpenApiDocument(document);
    }

    /** Reads the document a running service serves at {@code /q/openapi}. */
    public static OpenApiDocument fetch(String baseUri) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUri + "/q/openapi?format=json")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(baseUri + "/q/openapi answered " + answer.statusCode());
            }
            return of(JSON.readTree(answer.body()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the OpenAPI document of " + baseUri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode json() {
        return document;
    }

    /** What is wrong with this exchange, according to the document; empty when it honours it. */
    public List<String> check(Exchange exchange) {
        List<String> violations = new ArrayList<>();
        Optional<PathTemplate> path = paths.stream().filter(template -> template.matches(exchange.path())).findFirst();
        String operationName = exchange.method() + " " + exchange.path();
        if (path.isEmpty()) {
            if (!UNROUTED.contains(exchange.status())) {
                violations.add(operationName + ": no such path in the document, yet it answered " + exchange.status());
            }
            return violations;
        }
        String method = exchange.method().toLowerCase();
        String operationPointer = "/paths/" + escape(path.get().template()) + "/" + method;
        JsonNode operation = document.at(operationPointer);
        if (operation.isMissingNode()) {
            if (!UNROUTED.contains(exchange.status())) {
                violations.add(operationName + ": the document has no " + method + " on " + path.get().template()
                        + ", yet it answered " + exchange.status());
            }
            return violations;
        }
        String name = operation.path("operationId").asText(operationName);
        checkResponse(exchange, name, operationPointer, operation, violations);
        if (exchange.status() >= 200 && exchange.status() < 300) {
            checkRequest(exchange, name, operationPointer, operation, violations);
        }
        return violations;
    }

    private void checkResponse(Exchange exchange, String name, String operationPointer, JsonNode operation,
            List<String> violations) {
        String status = String.valueOf(exchange.status());
        JsonNode responses = operation.path("responses");
        String documented = responses.has(status) ? status : responses.has("default") ? "default" : null;
        if (documented == null) {
            violations.add(name + ": answered " + status + ", which the document does not list (it lists "
                    + names(responses.fieldNames()) + ")");
            return;
        }
        JsonNode response = responses.get(documented);
        if (response.has("$ref")) {
            response = document.at(response.get("$ref").asText().substring(1));
        }
        if (exchange.responseBody() == null || exchange.responseBody().isEmpty()) {
            return;
        }
        String mediaType = mediaTypeOf(exchange.responseContentType());
        JsonNode content = response.path("content");
        if (!content.has(mediaType)) {
            violations.add(name + ": answered " + status + " as " + mediaType + ", the document gives "
                    + (content.isEmpty() ? "no body" : names(content.fieldNames())));
            return;
        }
        if (!isJson(mediaType) || !content.get(mediaType).has("schema")) {
            return;
        }
        String pointer = operationPointer + "/responses/" + documented + "/content/" + escape(mediaType) + "/schema";
        validate(name + ": answer " + status, pointer, exchange.responseBody(), violations);
    }

    private void checkRequest(Exchange exchange, String name, String operationPointer, JsonNode operation,
            List<String> violations) {
        if (exchange.requestBody() == null || exchange.requestBody().isEmpty()) {
            return;
        }
        String mediaType = mediaTypeOf(exchange.requestContentType());
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.has(mediaType)) {
            violations.add(name + ": accepted a " + mediaType + " body, the document takes "
                    + (content.isEmpty() ? "no body" : names(content.fieldNames())));
            return;
        }
        if (isJson(mediaType) && content.get(mediaType).has("schema")) {
            String pointer = operationPointer + "/requestBody/content/" + escape(mediaType) + "/schema";
            validate(name + ": accepted request", pointer, exchange.requestBody(), violations);
        }
    }

    private void validate(String what, String pointer, String body, List<String> violations) {
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            violations.add(what + " is not JSON: " + e.getMessage());
            return;
        }
        for (ValidationMessage message : schemaAt(pointer).validate(value)) {
            violations.add(what + ": " + message.getMessage());
        }
    }

    /** The schema at a JSON pointer into the document, its references resolved against the whole document. */
    private JsonSchema schemaAt(String pointer) {
        return schemas.computeIfAbsent(pointer, at -> {
            ObjectNode root = document.deepCopy();
            root.put("$ref", "#" + at);
            return SCHEMAS.getSchema(root);
        });
    }

    private static String mediaTypeOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "application/octet-stream";
        }
        return contentType.split(";")[0].trim().toLowerCase();
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String escape(String pointerSegment) {
        return pointerSegment.replace("~", "~0").replace("/", "~1");
    }

    private static String names(Iterator<String> names) {
        List<String> all = new ArrayList<>();
        names.forEachRemaining(all::add);
        return String.join(", ", all);
    }

    /** One request and its answer. Bodies are the raw text sent and received; null when there was none. */
    public record Exchange(String method, String path, String requestContentType, String requestBody, int status,
            String responseContentType, String responseBody) {
    }

    private record PathTemplate(String template, Pattern pattern, int parameters) {

        static PathTemplate of(String template) {
            String[] segments = template.split("/", -1);
            StringBuilder regex = new StringBuilder("^");
            int parameters = 0;
            for (int i = 0; i < segments.length; i++) {
                if (i > 0) {
                    regex.append('/');
                }
                if (segments[i].startsWith("{") && segments[i].endsWith("}")) {
                    regex.append("[^/]+");
                    parameters++;
                } else {
                    regex.append(Pattern.quote(segments[i]));
                }
            }
            return new PathTemplate(template, Pattern.compile(regex.append("/?$").toString()), parameters);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
