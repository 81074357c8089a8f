package org.kcity.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.events.SchemaCompatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each event schema stays compatible, both ways, with its released baseline of the same {@code v<n>}
 * ({@code src/test/resources/kcity/events/released/}, committed when a version is released): see
 * {@link SchemaCompatibility} for what that allows. A schema without a baseline is a new type or version.
 */
class EventSchemaCompatibilityTest {

    private static final Path CURRENT = Path.of("src/main/resources/kcity/events");
    private static final Path RELEASED = Path.of("src/test/resources/kcity/events/released");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_released_event_schema_is_still_published_and_compatible_with_its_release() throws IOException {
        List<String> breaks = new ArrayList<>();
        for (Path released : schemas(RELEASED)) {
            Path current = CURRENT.resolve(released.getFileName());
            if (!Files.exists(current)) {
                breaks.add(released.getFileName() + ": removed, though consumers may still read it");
                continue;
            }
            SchemaCompatibility.breakingChanges(read(released), read(current))
                    .forEach(change -> breaks.add(released.getFileName() + " " + change));
        }
        assertThat(breaks).as("breaking changes within a version: publish them as v<n+1> instead").isEmpty();
    }

    @Test
    void a_breaking_change_to_any_event_is_refused() throws IOException {
        for (Path released : schemas(RELEASED)) {
            JsonNode baseline = read(released);
            assertThat(SchemaCompatibility.breakingChanges(baseline, withNewRequiredProperty(baseline)))
                    .as("%s with a new required property", released.getFileName())
                    .containsExactly("/required: budgetCode became required as a new property "
                            + "(events already sent lack it; a new property must be optional)");
            String removed = baseline.get("required").get(0).asText();
            assertThat(SchemaCompatibility.breakingChanges(baseline, without(baseline, removed)))
                    .as("%s without %s", released.getFileName(), removed)
                    .contains("/properties/" + removed + ": removed (consumers built on the release read it)");
        }
    }

    @Test
    void narrowing_or_widening_a_type_an_enumeration_or_a_limit_is_refused() throws IOException {
        JsonNode baseline = read(RELEASED.resolve("kcity.selection.project_selected.v1.schema.json"));
        ObjectNode changed = baseline.deepCopy();
        ObjectNode properties = (ObjectNode) changed.get("properties");
        ((ArrayNode) properties.with("track").get("enum")).remove(2);
        properties.with("rank").put("minimum", 0);
        properties.with("year").put("type", "string");
        ((ObjectNode) properties.get("partner")).put("type", "object");

        assertThat(SchemaCompatibility.breakingChanges(baseline, changed)).containsExactlyInAnyOrder(
                "/properties/partner/type: [\"object\",\"null\"] became \"object\"",
                "/properties/rank/minimum: 1 became 0",
                "/properties/track/enum: [\"URBAN_DEVELOPMENT\",\"SOLUTION_PLANNING\",\"SOLUTION_DEMONSTRATION\"] became "
                        + "[\"URBAN_DEVELOPMENT\",\"SOLUTION_PLANNING\"] (narrowed: [SOLUTION_DEMONSTRATION] no longer allowed "
                        + "(events already sent may hold them))",
                "/properties/year/type: \"integer\" became \"string\"");
    }

    @Test
    void a_new_optional_property_and_new_wording_are_compatible() throws IOException {
        JsonNode baseline = read(RELEASED.resolve("kcity.budget.finalized.v1.schema.json"));
        ObjectNode grown = baseline.deepCopy();
        grown.put("description", "Reworded.");
        ((ObjectNode) grown.get("properties")).putObject("currency").put("type", "string");

        assertThat(SchemaCompatibility.breakingChanges(baseline, grown)).isEmpty();
    }

    private static JsonNode withNewRequiredProperty(JsonNode schema) {
        ObjectNode changed = schema.deepCopy();
        ((ObjectNode) changed.get("properties")).putObject("budgetCode").put("type", "string");
        ((ArrayNode) changed.get("required")).add("budgetCode");
        return changed;
    }

    private static JsonNode without(JsonNode schema, String property) {
        ObjectNode changed = schema.deepCopy();
        ((ObjectNode) changed.get("properties")).remove(property);
        return changed;
    }

    private static List<Path> schemas(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> schemas = files.filter(file -> file.getFileName().toString().endsWith(".schema.json")).sorted().toList();
            assertThat(schemas).as("schemas in %s", folder).isNotEmpty();
            return schemas;
        }
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
