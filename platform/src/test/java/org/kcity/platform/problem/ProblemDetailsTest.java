package org.kcity.platform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.DevTokens;
import org.kcity.platform.web.PageRequest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ProblemDetailsTest {

    private static final String VALID = "{\"title\":\"t\",\"priority\":2}";

    @TestHTTPResource("/test/notes")
    URI notes;

    @Test
    void a_call_without_a_token_is_401_problem_with_a_bearer_challenge() {
        given().contentType(ContentType.JSON).body(VALID)
                .when().post("/test/notes")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401)).body("title", equalTo("Unauthenticated"));
    }

    @Test
    void a_forged_token_is_401() {
        given().auth().oauth2(DevTokens.mint("x", "org-1", null, List.of("applicant")) + "tampered")
                .contentType(ContentType.JSON).body(VALID)
                .when().post("/test/notes")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void a_role_that_may_not_act_is_403_problem() {
        as("viewer").contentType(ContentType.JSON).body(VALID)
                .when().post("/test/notes")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE).body("status", equalTo(403));
    }

    @Test
    void malformed_json_is_400_problem() {
        as("applicant").contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/test/notes")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Malformed request body"));
    }

    @Test
    void a_value_of_the_wrong_type_is_400_naming_the_field_without_java_internals() {
        as("applicant").contentType(ContentType.JSON).body("{\"title\":\"t\",\"priority\":2,\"due\":\"someday\"}")
                .when().post("/test/notes")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItems("due"))
                .body("detail", not(containsString("java.")));
    }

    @Test
    void every_invalid_field_is_listed_in_a_400_problem() {
        as("applicant").contentType(ContentType.JSON).body("{\"title\":\"\",\"text\":\"much too long text\",\"priority\":9,\"tag\":{\"name\":\"\"}}")
                .when().post("/test/notes")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItems("title", "text", "priority", "tag.name"));
    }

    @Test
    void an_invalid_query_parameter_is_400_naming_it() {
        as("applicant").when().get("/test/notes?size=0")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItems("size"));
    }

    @Test
    void a_query_parameter_of_the_wrong_type_is_400_not_404() {
        as("applicant").when().get("/test/notes?size=abc")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:kcity:problem:malformed-parameter"));
    }

    @Test
    void a_page_whose_offset_would_overflow_is_a_400_naming_it() {
        as("applicant").when().get("/test/notes?page=2147483647")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:kcity:problem:validation")).body("errors.field", hasItems("page"));
        as("applicant").when().get("/test/notes?page=99999999999999999999")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void paging_has_a_default_size_and_bounds_that_keep_the_offset_in_range() {
        as("applicant").when().get("/test/notes")
                .then().statusCode(200).body("offset", equalTo(0)).body("size", equalTo(20));
        as("applicant").when().get("/test/notes?page=" + PageRequest.MAX_PAGE + "&size=100")
                .then().statusCode(200).body("offset", equalTo(100_000_000));
        as("applicant").when().get("/test/notes?size=101")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItems("size"));
    }

    @Test
    void a_nul_character_in_a_json_string_is_a_400_naming_the_field() {
        as("applicant").contentType(ContentType.JSON).body("{\"title\":\"a\\u0000b\",\"priority\":2}")
                .when().post("/test/notes")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:kcity:problem:malformed-body"))
                .body("errors.field", hasItems("title")).body("errors[0].message", containsString("control characters"));
    }

    @Test
    void control_characters_and_unpaired_surrogates_are_refused_wherever_the_text_is() {
        as("applicant").contentType(ContentType.JSON).body("{\"title\":\"t\",\"priority\":2,\"tag\":{\"name\":\"\\u001b[31m\"}}")
                .when().post("/test/notes")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItems("tag.name"));
        as("applicant").contentType(ContentType.JSON).body("{\"title\":\"\\ud800\",\"priority\":2}")
                .when().post("/test/notes")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItems("title"));
    }

    @Test
    void tabs_line_breaks_and_any_other_character_are_fine() {
        as("applicant").contentType(ContentType.JSON).body("{\"title\":\"line\\tone\\r\\nline two \\ud83d\\ude00 \\u00e9\",\"priority\":2}")
                .when().post("/test/notes")
                .then().statusCode(201).body("title", equalTo("line\tone\r\nline two \ud83d\ude00 \u00e9"));
    }

    @Test
    void a_nul_character_in_a_path_or_query_parameter_is_a_400_naming_it() {
        as("applicant").urlEncodingEnabled(false).when().get("/test/notes/a%00b")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItems("id"));
        as("applicant").urlEncodingEnabled(false).when().get("/test/notes?tag=%01")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItems("tag"));
    }

    @Test
    void a_fraction_where_a_whole_number_belongs_is_a_400_naming_the_field() {
        as("applicant").contentType(ContentType.JSON).body("{\"title\":\"t\",\"priority\":1.5}")
                .when().post("/test/notes")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItems("priority"));
    }

    @Test
    void anything_after_the_json_document_or_bytes_that_are_not_utf8_are_a_400() {
        as("applicant").contentType(ContentType.JSON).body("{\"title\":\"t\",\"priority\":2} {}")
                .when().post("/test/notes")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        byte[] notUtf8 = { '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
        as("applicant").contentType(ContentType.JSON).body(notUtf8)
                .when().post("/test/notes")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem_even_when_sent_in_chunks() throws Exception {
        byte[] body = ("\"" + "x".repeat(11 * 1024 * 1024) + "\"").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(notes)
                .header("Authorization", "Bearer " + DevTokens.mint("user-1", "org-1", null, List.of("applicant")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void a_missing_body_is_400_problem() {
        as("applicant").contentType(ContentType.JSON)
                .when().post("/test/notes")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void a_wrong_media_type_is_415_problem() {
        as("applicant").contentType(ContentType.XML).body("<note/>")
                .when().post("/test/notes")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void an_unknown_route_is_404_problem() {
        as("applicant").when().get("/no/such/route")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
        as("applicant").when().get("/test/notes/a/b/c")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void an_unsupported_method_is_405_problem() {
        as("applicant").when().delete("/test/notes")
                .then().statusCode(405).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void a_missing_resource_is_404_problem() {
        as("applicant").when().get("/test/notes/42")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:kcity:problem:not-found")).body("instance", equalTo("/test/notes/42"));
    }

    @Test
    void a_write_without_if_match_is_428_and_with_a_stale_one_412() {
        as("applicant").contentType(ContentType.JSON).body(VALID)
                .when().put("/test/notes/1")
                .then().statusCode(428).contentType(Problem.MEDIA_TYPE);
        as("applicant").contentType(ContentType.JSON).body(VALID).header("If-Match", "\"2\"")
                .when().put("/test/notes/1")
                .then().statusCode(412).contentType(Problem.MEDIA_TYPE);
        as("applicant").contentType(ContentType.JSON).body(VALID).header("If-Match", "\"3\"")
                .when().put("/test/notes/1")
                .then().statusCode(200).header("ETag", "\"4\"");
    }

    @Test
    void an_unexpected_failure_is_500_problem_without_internals() {
        as("viewer").when().get("/test/notes/crash")
                .then().statusCode(500).contentType(Problem.MEDIA_TYPE)
                .body("detail", not(containsString("secret")));
    }

    @Test
    void the_same_idempotency_key_and_body_replays_the_first_answer() {
        String key = UUID.randomUUID().toString();
        String first = as("applicant").contentType(ContentType.JSON).body(VALID).header("Idempotency-Key", key)
                .when().post("/test/notes")
                .then().statusCode(201).extract().path("id");
        as("applicant").contentType(ContentType.JSON).body(VALID).header("Idempotency-Key", key)
                .when().post("/test/notes")
                .then().statusCode(201).header("Idempotency-Replayed", "true")
                .header("Location", containsString(first)).body("id", equalTo(first));
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_422() {
        String key = UUID.randomUUID().toString();
        as("applicant").contentType(ContentType.JSON).body(VALID).header("Idempotency-Key", key)
                .when().post("/test/notes").then().statusCode(201);
        as("applicant").contentType(ContentType.JSON).body("{\"title\":\"other\",\"priority\":2}").header("Idempotency-Key", key)
                .when().post("/test/notes")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void idempotency_keys_are_scoped_to_the_organization() {
        String key = UUID.randomUUID().toString();
        String mine = as("applicant").contentType(ContentType.JSON).body(VALID).header("Idempotency-Key", key)
                .when().post("/test/notes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.mint("someone-else", "org-2", null, List.of("applicant")))
                .contentType(ContentType.JSON).body(VALID).header("Idempotency-Key", key)
                .when().post("/test/notes")
                .then().statusCode(201).body("id", not(equalTo(mine))).body("owner", equalTo("org-2"));
    }

    @Test
    void readiness_reports_the_database_and_liveness_the_event_workers_while_the_broker_is_left_to_the_hand_off_group() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.name", not(hasItems("Kafka connection health check")));
        given().when().get("/q/health/live")
                .then().statusCode(200).body("checks.name", hasItems("event-workers"));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi", notNullValue());
    }

    @Test
    void the_openapi_contract_documents_the_problem_answers_of_every_operation() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.Problem.properties.errors.type", equalTo("array"))
                .body("paths.'/test/notes'.post.responses.'422'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/test/notes'.post.responses.'401'.description", notNullValue())
                .body("paths.'/test/notes'.get.responses.'404'.description", notNullValue());
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(DevTokens.mint("user-1", "org-1", null, List.of(role)));
    }
}
