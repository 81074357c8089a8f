package org.kcity.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.kcity.applications.Intake.*;

import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.fuzz.FuzzReport;
import org.kcity.deploy.testing.fuzz.OpenApiFuzzer;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.PageRequest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Whatever a client sends, the answer is a problem+json, never a 500. */
@QuarkusTest
class MalformedInputTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    URI root;

    @Inject
    DataSource database;

    @Test
    void json_that_does_not_parse_is_a_400() {
        officer().body("{\"year\": ").post("/api/v1/calls").then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed request body"));
        applicant(unique("org")).body("[1,2").post("/api/v1/applications").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void values_of_the_wrong_type_or_format_are_a_400_naming_the_field() {
        Map<String, Object> definition = callDefinition();
        definition.put("opensAt", "next monday");
        officer().body(definition).post("/api/v1/calls").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("opensAt")).body("detail", not(containsString("java.")));

        Map<String, Object> application = urbanApplication("any", "VN");
        application.put("track", "MOON_BASE");
        applicant(unique("org")).body(application).post("/api/v1/applications").then().statusCode(400)
                .body("errors.field", hasItem("track"));

        application = urbanApplication("any", "VN");
        application.put("requestedSupport", "a lot");
        applicant(unique("org")).body(application).post("/api/v1/applications").then().statusCode(400)
                .body("errors.field", hasItem("requestedSupport"));

        application.put("requestedSupport", new java.math.BigInteger("100000000000000000000000000"));
        applicant(unique("org")).body(application).post("/api/v1/applications").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void missing_and_invalid_fields_are_a_400_listing_each() {
        Map<String, Object> application = urbanApplication("any", "vn");
        application.remove("city");
        application.put("contact", Map.of("name", "", "email", "not-an-email"));
        application.put("partner", Map.of("name", "x"));
        application.put("requestedSupport", -5);
        applicant(unique("org")).body(application).post("/api/v1/applications").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("siteCountry", "city", "contact.name", "contact.email", "partner.kind",
                        "partner.country", "requestedSupport"));

        applicant(unique("org")).post("/api/v1/applications").then().statusCode(400).contentType(PROBLEM);
        officer().body("{}").post("/api/v1/applications/x/screening").then().statusCode(400).body("errors.field", hasItem("outcome"));
    }

    @Test
    void a_title_longer_than_the_column_is_a_400_not_a_database_error() {
        Map<String, Object> application = urbanApplication(openCall(), "VN");
        application.put("title", "x".repeat(301));
        applicant(unique("org")).body(application).post("/api/v1/applications").then().statusCode(400)
                .body("errors.field", hasItem("title"));
    }

    @Test
    void a_page_whose_offset_would_overflow_is_a_400_naming_it_not_a_database_error() {
        anonymous().get("/api/v1/calls?page=2147483647").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("page"));
        officer().get("/api/v1/calls?page=" + PageRequest.MAX_PAGE + "&size=100").then().statusCode(200)
                .body("items", empty()).body("page", equalTo(PageRequest.MAX_PAGE));
    }

    @Test
    void a_nul_character_in_a_title_is_a_400_naming_it_not_a_database_error() {
        Map<String, Object> application = urbanApplication(openCall(), "VN");
        application.put("title", "Smart\u0000city");
        applicant(unique("org")).body(application).post("/api/v1/applications").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("title"));

        Map<String, Object> definition = callDefinition();
        definition.put("criteria", List.of(Map.of("code", "IMPACT", "name", "Im\u0000pact", "weight", 100)));
        officer().body(definition).post("/api/v1/calls").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("criteria[0].name"));
    }

    @Test
    void a_date_beyond_the_four_digit_years_of_rfc_3339_is_a_400_naming_it_not_a_database_error() {
        Map<String, Object> definition = callDefinition();
        definition.put("closesAt", "+300000-01-01T00:00:00Z");
        officer().body(definition).post("/api/v1/calls").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("closesAt"));
    }

    @Test
    void a_nul_character_in_a_path_or_query_parameter_is_a_400_naming_it() {
        anonymous().urlEncodingEnabled(false).get("/api/v1/calls/a%00b").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("id"));
        applicant(unique("org")).urlEncodingEnabled(false).get("/api/v1/applications?callId=%00").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("callId"));
    }

    @Test
    void every_operation_answers_malformed_input_with_a_problem_never_a_5xx_and_writes_nothing() {
        String organization = unique("org");
        String callId = openCall();
        String applicationId = submittedApplication(organization, urbanApplication(callId, "VN"));

        FuzzReport report = OpenApiFuzzer.of(root)
                .caller(Roles.PROGRAM_OFFICER, officerToken())
                .caller(Roles.APPLICANT, applicantToken(organization))
                .pathValue("/api/v1/calls/{id}", callId)
                .pathValue("/api/v1/applications/{id}", applicationId)
                .database(database)
                .run();

        assertThat(report.requests()).isGreaterThanOrEqualTo(2000);
    }

    @Test
    void other_content_types_unknown_routes_and_methods_are_problems_too() {
        applicant(unique("org")).contentType(ContentType.TEXT).body("hello").post("/api/v1/applications").then()
                .statusCode(415).contentType(PROBLEM);
        anonymous().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
        officer().delete("/api/v1/calls").then().statusCode(405).contentType(PROBLEM);
        anonymous().get("/api/v1/calls?page=-1").then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("page"));
        anonymous().get("/api/v1/calls?status=SECRET").then().statusCode(400).body("errors.field", hasItem("status"));
        anonymous().get("/api/v1/calls?year=abc").then().statusCode(400).contentType(PROBLEM);
        applicant(unique("org")).get("/api/v1/applications/does-not-exist").then().statusCode(404).contentType(PROBLEM);
        applicant(unique("org")).header("Idempotency-Key", "k".repeat(201)).body(urbanApplication("any", "VN"))
                .post("/api/v1/applications").then().statusCode(400).contentType(PROBLEM);
    }
}
