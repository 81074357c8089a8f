package org.kcity.deploy.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The committed OpenAPI documents against their released baselines ({@code openapi/released/v1.yaml}): within
 * {@code /api/v1} a change must keep every partner's client working (new optional fields and new operations are
 * fine; a removed operation, field or status, a new required field or a narrowed type is not). An incompatible
 * change goes into a new version of the path, beside the old one, with a new baseline.
 */
class ApiCompatibilityTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @ParameterizedTest
    @ValueSource(strings = { "applications-service", "selection-service", "budget-service", "executor-service" })
    void each_committed_document_keeps_every_client_of_the_released_one_working(String service) {
        ApiCompatibility compatibility = ApiCompatibility.of(ApiCompatibility.read(released(service)),
                ApiCompatibility.read(committed(service)));

        assertThat(compatibility.compatible())
                .as("%s breaks clients of the released /api/v1 document:%n%s", service, compatibility.changes()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "applications-service", "selection-service", "budget-service", "executor-service" })
    void every_operation_has_a_unique_operation_id_a_summary_a_description_and_creates_say_where(String service) throws Exception {
        JsonNode document = YAML.readTree(committed(service).toFile());
        List<String> faults = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode operation = method.getValue();
            String name = method.getKey().toUpperCase() + " " + path.getKey();
            String id = operation.path("operationId").asText("");
            if (id.isEmpty() || !ids.add(id)) {
                faults.add(name + ": operationId missing or used twice (" + id + ")");
            }
            if (operation.path("summary").asText("").isBlank()) {
                faults.add(name + ": no summary");
            }
            if (operation.path("description").asText("").isBlank()) {
                faults.add(name + ": no description of who may call it and what it does");
            }
            JsonNode created = operation.path("responses").path("201");
            if (!created.isMissingNode() && created.path("headers").path("Location").isMissingNode()) {
                faults.add(name + ": answers 201 without documenting Location");
            }
        }));
        assertThat(faults).as(service).isEmpty();
    }

    @Test
    void removing_a_field_of_an_answer_is_a_breaking_change_the_check_refuses() throws Exception {
        String released = ApiCompatibility.read(committed("applications-service"));
        ObjectNode broken = (ObjectNode) YAML.readTree(released);
        ((ObjectNode) broken.at("/components/schemas/CallView/properties")).remove("title");

        ApiCompatibility compatibility = ApiCompatibility.of(released, YAML.writeValueAsString(broken));

        assertThat(compatibility.compatible()).isFalse();
        assertThat(compatibility.changes()).contains("title");
    }

    @Test
    void removing_an_operation_is_a_breaking_change_the_check_refuses() throws Exception {
        String released = ApiCompatibility.read(committed("executor-service"));
        ObjectNode broken = (ObjectNode) YAML.readTree(released);
        ((ObjectNode) broken.path("paths")).remove("/api/v1/projects");

        assertThat(ApiCompatibility.of(released, YAML.writeValueAsString(broken)).compatible()).isFalse();
    }

    @Test
    void adding_an_optional_field_to_an_answer_is_compatible() throws Exception {
        String released = ApiCompatibility.read(committed("applications-service"));
        ObjectNode extended = (ObjectNode) YAML.readTree(released);
        ((ObjectNode) extended.at("/components/schemas/CallView/properties")).putObject("motto").putArray("type")
                .add("string").add("null");

        assertThat(ApiCompatibility.of(released, YAML.writeValueAsString(extended)).compatible()).isTrue();
    }

    private static Path committed(String service) {
        return existing(Path.of("..", service, "openapi", "openapi.yaml"));
    }

    private static Path released(String service) {
        return existing(Path.of("..", service, "openapi", "released", "v1.yaml"));
    }

    private static Path existing(Path document) {
        assertThat(Files.exists(document)).as("%s exists", document.toAbsolutePath().normalize()).isTrue();
        return document;
    }
}
