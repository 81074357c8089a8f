package org.kcity.platform.openapi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.kcity.platform.problem.Problem;

/**
 * Documents the error answers of every operation: the RFC 9457 problem schema and the statuses each kind of
 * operation can answer with it, so partner agencies can code against them. An error status an operation declares
 * itself without a body gets the problem body too, since every error answer carries one.
 */
final class ProblemResponses {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> EVERY_OPERATION = new TreeMap<>(Map.of(
            "400", "Malformed or invalid request: every faulty field is listed in errors",
            "401", "No valid bearer token",
            "403", "The caller's role may not do this",
            "404", "No such resource, or it belongs to another organization",
            "429", "Over a rate limit (the caller's, its organization's or, without a token, its client address's): "
                    + "retry after Retry-After seconds",
            "500", "The service failed unexpectedly; the problem names no internals, the log has the details"));

    private static final Map<String, String> WITH_BODY = new TreeMap<>(Map.of(
            "413", "The body is larger than 10 MB",
            "415", "The body is not of a media type the operation takes"));

    private static final Map<String, String> CHANGES = new TreeMap<>(Map.of(
            "409", "Conflicts with the resource's current state (errors[].code says which rule)",
            "412", "If-Match names a version that is no longer current",
            "422", "A business rule refuses the request: every failed rule is listed in errors"));

    private ProblemResponses() {
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addProblemSchema(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values()
                .forEach(item -> item.getOperations().forEach(ProblemResponses::document));
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        EVERY_OPERATION.forEach((status, description) -> addIfAbsent(responses, status, description));
        if (method != PathItem.HttpMethod.GET) {
            CHANGES.forEach((status, description) -> addIfAbsent(responses, status, description));
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()))) {
            addIfAbsent(responses, "428", "If-Match is missing: read the resource and send its ETag");
        }
        if (operation.getRequestBody() != null) {
            WITH_BODY.forEach((status, description) -> addIfAbsent(responses, status, description));
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getRef() == null
                    && (response.getContent() == null || response.getContent().getMediaTypes() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                response.content(problemContent());
            }
        });
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    private static void addProblemSchema(Components components) {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One fault: a failed rule (code) or an invalid field (field)")
                .addProperty("code", text).addProperty("field", text).addProperty("message", text);
        components.addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json)")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text).addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation)));
    }
}
