package org.kcity.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.events.AsyncApi;
import org.kcity.deploy.testing.events.EventSchemas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The AsyncAPI document ({@code kcity/asyncapi.yaml}) is valid AsyncAPI 3.0, its examples honour their messages, and it
 * cannot drift from the schemas: every published event type is a message on one topic, sent by one service. Each
 * consuming service's {@code ConsumedEventsContractTest} checks its own topics and types against it.
 */
class AsyncApiDocumentTest {

    private static final Path SCHEMA_FOLDER = Path.of("src/main/resources/kcity/events");

    private final AsyncApi document = AsyncApi.load();

    @Test
    void the_document_is_valid_against_the_official_asyncapi_3_schema() throws IOException {
        try (InputStream official = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(new ObjectMapper().readTree(official)).validate(document.document());
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void every_example_honours_its_headers_key_and_payload_schemas() {
        List<String> broken = new ArrayList<>();
        for (AsyncApi.Message message : document.messages()) {
            assertThat(message.examples()).as("examples of %s", message.name()).isNotEmpty();
            for (AsyncApi.Example example : message.examples()) {
                String which = message.name() + " example " + example.name() + ": ";
                EventSchemas.violations(message.headers(), example.headers()).forEach(error -> broken.add(which + "headers " + error));
                EventSchemas.violations(message.key(), keyOf(example)).forEach(error -> broken.add(which + "key " + error));
                EventSchemas.violations(message.payload(), example.payload()).forEach(error -> broken.add(which + "payload " + error));
                message.payloadType().filter(type -> !type.equals(example.headers().path("ce_type").asText()))
                        .ifPresent(type -> broken.add(which + "ce_type is not " + type));
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void each_example_comes_from_the_service_that_sends_its_message() {
        for (AsyncApi.Operation sending : document.operations()) {
            if (sending.action().equals("send") && !sending.topic().endsWith(".dlq")) {
                for (String name : sending.messages()) {
                    document.message(name).examples().forEach(example -> assertThat(example.headers().path("ce_source").asText())
                            .as("ce_source of %s example %s", name, example.name()).isEqualTo("/kcity/" + sending.service()));
                }
            }
        }
    }

    @Test
    void every_published_event_type_is_a_message_of_one_topic_sent_by_one_service() throws IOException {
        Set<String> published = new TreeSet<>();
        try (Stream<Path> files = Files.list(SCHEMA_FOLDER)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".schema.json"))
                    .forEach(name -> published.add(name.substring(0, name.length() - ".schema.json".length())));
        }
        Set<String> documented = new TreeSet<>();
        document.messages().forEach(message -> message.payloadType().ifPresent(documented::add));
        assertThat(documented).isEqualTo(published);

        Map<String, List<String>> topics = document.topics();
        for (String type : published) {
            assertThat(topics.entrySet().stream().filter(topic -> topic.getValue().contains(type)).map(Map.Entry::getKey))
                    .as("topics carrying %s", type).hasSize(1);
            assertThat(document.operations().stream().filter(operation -> operation.action().equals("send"))
                    .filter(operation -> operation.messages().contains(type))).as("services sending %s", type).hasSize(1);
        }
    }

    @Test
    void every_topic_that_is_read_has_a_dead_letter_topic_written_by_each_reader() {
        for (AsyncApi.Operation reading : document.operations()) {
            if (reading.action().equals("receive") && !reading.topic().endsWith(".dlq") && !reading.service().equals("dashboards")) {
                assertThat(document.operationsOf(reading.service()))
                        .as("%s dead-letters what it cannot apply from %s", reading.service(), reading.topic())
                        .anyMatch(operation -> operation.action().equals("send") && operation.topic().equals(reading.topic() + ".dlq"));
            }
        }
        assertThat(document.topics().keySet()).filteredOn(topic -> topic.endsWith(".dlq")).hasSize(4);
    }

    private static com.fasterxml.jackson.databind.JsonNode keyOf(AsyncApi.Example example) {
        return example.key() == null ? com.fasterxml.jackson.databind.node.NullNode.instance
                : com.fasterxml.jackson.databind.node.TextNode.valueOf(example.key());
    }
}
