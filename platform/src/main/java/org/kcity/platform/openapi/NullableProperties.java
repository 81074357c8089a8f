package org.kcity.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Declares, the OpenAPI 3.1 way, that a property the Java model does not require may be {@code null}: the services
 * write every property of an answer, {@code null} when it has no value ({@code finalizedAt} of a draft), and accept
 * {@code null} for an optional request field ({@code "partner": null}). A required property ({@code @NotNull}) stays
 * non-null. Without this a strictly typed client could not read an answer, nor send what the service accepts.
 */
final class NullableProperties {

    private NullableProperties() {
    }

    static void declare(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        // A problem leaves out what it has no value for (it is written NON_NULL), so its fields are optional, not null.
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (!"Problem".equals(name)) {
                inObject(schema);
            }
        });
    }

    private static void inObject(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> declared = new LinkedHashMap<>();
        properties.forEach((name, property) -> {
            inObject(property);
            if (property.getItems() != null) {
                inObject(property.getItems());
            }
            declared.put(name, required.contains(name) ? property : nullable(property));
        });
        schema.setProperties(declared);
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema reference = OASFactory.createSchema().ref(property.getRef());
            return OASFactory.createSchema().description(property.getDescription()).examples(property.getExamples())
                    .anyOf(new ArrayList<>(List.of(reference, OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
        }
        if (property.getType() == null || property.getType().isEmpty() || property.getType().contains(Schema.SchemaType.NULL)) {
            return property;
        }
        property.addType(Schema.SchemaType.NULL);
        if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
            property.addEnumeration(null);
        }
        return property;
    }
}
