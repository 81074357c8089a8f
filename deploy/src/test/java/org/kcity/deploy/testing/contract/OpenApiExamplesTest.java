package org.kcity.deploy.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

class OpenApiExamplesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A call resource whose bodies are exemplified property by property, as the services' documents are. */
    private static final String DOCUMENT = """
            openapi: 3.1.0
            paths:
              /api/v1/calls/{id}:
                put:
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: "#/components/schemas/CallDefinition" }
                  responses:
                    "200":
                      content:
                        application/json:
                          schema: { $ref: "#/components/schemas/PageCallView" }
                    "404":
                      content:
                        application/problem+json:
                          schema: { type: object }
            components:
              schemas:
                Track: { type: string, enum: [URBAN_DEVELOPMENT, SOLUTION_PLANNING] }
                OffsetDateTime: { type: string, format: date-time }
                CallDefinition:
                  type: object
                  required: [title, tracks]
                  properties:
                    title: { type: string, maxLength: 80, examples: ["K-City Network 2027"] }
                    tracks: { type: array, items: { $ref: "#/components/schemas/Track" } }
                CallView:
                  type: object
                  properties:
                    id: { type: string, format: uuid, examples: ["7f3c2a9e-1b4d-4c8e-a5f6-0d2e9b8c7a61"] }
                    opensAt:
                      anyOf: [{ $ref: "#/components/schemas/OffsetDateTime" }, { type: "null" }]
                      examples: ["2027-03-02T10:00:00+09:00"]
                PageCallView:
                  type: object
                  properties:
                    items: { type: array, items: { $ref: "#/components/schemas/CallView" } }
                    totalItems: { type: integer, examples: [1] }
            """;

    @Test
    void a_document_whose_every_body_composes_a_valid_example_has_no_fault() {
        assertThat(OpenApiExamples.faultsOf(document())).isEmpty();
    }

    @Test
    void a_property_without_an_example_leaves_its_answer_without_one() {
        ObjectNode document = document();
        ((ObjectNode) document.at("/components/schemas/CallView/properties/id")).remove("examples");

        assertThat(OpenApiExamples.faultsOf(document)).singleElement().asString()
                .contains("PUT /api/v1/calls/{id} 200: no example")
                .contains("#/components/schemas/CallView/properties/id");
    }

    @Test
    void an_example_invalid_against_its_property_fails_there_and_in_every_body_it_composes() {
        ObjectNode document = document();
        ((ObjectNode) document.at("/components/schemas/CallView/properties/opensAt")).set("examples",
                YAML.createArrayNode().add("2 March 2027"));

        List<String> faults = OpenApiExamples.faultsOf(document);

        assertThat(faults).anySatisfy(fault -> assertThat(fault)
                .startsWith("/components/schemas/CallView/properties/opensAt/examples is invalid").contains("date-time"));
        assertThat(faults).anySatisfy(fault -> assertThat(fault)
                .startsWith("PUT /api/v1/calls/{id} 200 (composed example").contains("/items/0/opensAt").contains("date-time"));
    }

    @Test
    void an_example_breaking_a_limit_is_invalid() {
        ObjectNode document = document();
        ((ObjectNode) document.at("/components/schemas/CallDefinition/properties/title")).set("examples",
                YAML.createArrayNode().add("K-City Network Global Cooperation Program: the open call of 2027 for smart-city projects"));

        assertThat(OpenApiExamples.faultsOf(document)).hasSize(2).allSatisfy(fault -> assertThat(fault).contains("80"));
    }

    @Test
    void a_whole_example_given_on_the_body_is_checked_too() {
        ObjectNode document = document();
        ((ObjectNode) document.at("/paths/~1api~1v1~1calls~1{id}/put/requestBody/content/application~1json"))
                .set("example", YAML.createObjectNode().put("title", "K-City Network 2027"));

        assertThat(OpenApiExamples.faultsOf(document)).singleElement().asString()
                .contains("requestBody/content/application~1json/example is invalid").contains("tracks");
    }

    private static ObjectNode document() {
        try {
            return (ObjectNode) YAML.readTree(DOCUMENT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
