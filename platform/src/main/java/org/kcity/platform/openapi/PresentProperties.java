package org.kcity.platform.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Declares every property of an answer as present: the services write each property of a view, {@code null} when
 * it has no value, so a client may rely on the key being there, and the breaking-change check sees a removed field.
 * Only schemas that appear in answers and never in requests are touched (in a request an optional field may be
 * left out).
 */
final class PresentProperties {

    private static final String COMPONENTS = "#/components/schemas/";

    private PresentProperties() {
    }

    static void declare(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> answered = new HashSet<>();
        Set<String> requested = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            responseSchemas(operation, schema -> collect(schema, components, answered));
            if (operation.getRequestBody() != null) {
                schemasOf(operation.getRequestBody().getContent(), schema -> collect(schema, components, requested));
            }
        }));
        answered.removeAll(requested);
        // A problem and its violations leave out what they have no value for (they are written NON_NULL).
        answered.remove("Problem");
        answered.remove("Violation");
        answered.forEach(name -> {
            Schema schema = components.get(name);
            if (schema.getProperties() == null) {
                return;
            }
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        });
    }

    private static void responseSchemas(Operation operation, Consumer<Schema> action) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> schemasOf(response.getContent(), action));
        }
    }

    private static void schemasOf(Content content, Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(mediaType -> {
                if (mediaType.getSchema() != null) {
                    action.accept(mediaType.getSchema());
                }
            });
        }
    }

    /** The names of the component schemas a schema refers to, directly or through others. */
    private static void collect(Schema schema, Map<String, Schema> components, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().startsWith(COMPONENTS) ? schema.getRef().substring(COMPONENTS.length()) : null;
            if (name != null && names.add(name)) {
                collect(components.get(name), components, names);
            }
            return;
        }
        collect(schema.getItems(), components, names);
        for (List<Schema> parts : new List[] { schema.getAnyOf(), schema.getOneOf(), schema.getAllOf() }) {
            if (parts != null) {
                parts.forEach(part -> collect(part, components, names));
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collect(property, components, names));
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            collect(schema.getAdditionalPropertiesSchema(), components, names);
        }
    }
}
