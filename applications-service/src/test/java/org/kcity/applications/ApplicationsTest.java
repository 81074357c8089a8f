package org.kcity.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.kcity.applications.Intake.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.DevTokens;
import org.kcity.deploy.testing.EventContracts;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.PublishedEvent;
import org.kcity.platform.security.Roles;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
class ApplicationsTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;

    @Test
    void an_applicant_creates_a_draft_for_the_organization_of_its_token_whatever_the_body_says() {
        String callId = openCall();
        String organization = unique("org");
        Map<String, Object> body = urbanApplication(callId, "VN");
        body.put("organizationId", "someone-else");

        var created = applicant(organization).body(body).post("/api/v1/applications").then().statusCode(201)
                .header("ETag", "\"0\"").body("organizationId", equalTo(organization)).extract();
        assertThat(created.header("Location")).endsWith("/api/v1/applications/" + created.path("id"));
    }

    @Test
    void a_draft_is_created_read_and_listed_by_its_own_organization_only() {
        String callId = openCall();
        String organization = unique("org");
        String id = applicant(organization).body(urbanApplication(callId, "VN")).post("/api/v1/applications").then()
                .statusCode(201).extract().path("id");

        applicant(organization).get("/api/v1/applications/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("organizationId", equalTo(organization)).body("status", equalTo("DRAFT"))
                .body("applicant.kind", equalTo("LOCAL_GOVERNMENT")).body("region", nullValue());

        String stranger = unique("org");
        applicant(stranger).get("/api/v1/applications/" + id).then().statusCode(404).contentType(PROBLEM);
        applicant(stranger).header("If-Match", "\"0\"").body(urbanApplication(callId, "VN")).put("/api/v1/applications/" + id)
                .then().statusCode(404);
        applicant(stranger).post("/api/v1/applications/" + id + "/submit").then().statusCode(404);
        applicant(stranger).post("/api/v1/applications/" + id + "/withdraw").then().statusCode(404);
        applicant(stranger).get("/api/v1/applications").then().statusCode(200).body("totalItems", equalTo(0));
        officer().get("/api/v1/applications/" + id).then().statusCode(404);
    }

    @Test
    void only_applicants_with_an_organization_create_edit_submit_and_withdraw() {
        String callId = openCall();
        Map<String, Object> body = urbanApplication(callId, "VN");
        String id = createApplication(unique("org"), body);

        anonymous().body(body).post("/api/v1/applications").then().statusCode(401).contentType(PROBLEM);
        officer().body(body).post("/api/v1/applications").then().statusCode(403).contentType(PROBLEM);
        viewer().body(body).post("/api/v1/applications").then().statusCode(403);
        evaluator().body(body).post("/api/v1/applications").then().statusCode(403);
        RestAssured.given().auth().oauth2(DevTokens.mint(unique("user"), null, null, List.of(Roles.APPLICANT)))
                .contentType(ContentType.JSON).body(body).post("/api/v1/applications").then().statusCode(403)
                .body("detail", equalTo("The token carries no organization ('org' claim)"));
        officer().header("If-Match", "\"0\"").body(body).put("/api/v1/applications/" + id).then().statusCode(403);
        officer().post("/api/v1/applications/" + id + "/submit").then().statusCode(403);
        viewer().post("/api/v1/applications/" + id + "/withdraw").then().statusCode(403);
        viewer().get("/api/v1/applications/" + id).then().statusCode(403);
        officer().get("/api/v1/applications").then().statusCode(403);
        anonymous().get("/api/v1/applications/" + id).then().statusCode(401);
    }

    @Test
    void a_draft_changes_only_with_the_current_etag_and_only_while_it_is_a_draft() {
        String callId = openCall();
        String organization = unique("org");
        Map<String, Object> body = urbanApplication(callId, "VN");
        String id = createApplication(organization, body);
        body.put("city", "Hue");

        applicant(organization).body(body).put("/api/v1/applications/" + id).then().statusCode(428).contentType(PROBLEM);
        applicant(organization).header("If-Match", "\"3\"").body(body).put("/api/v1/applications/" + id).then()
                .statusCode(412).contentType(PROBLEM);
        applicant(organization).header("If-Match", "\"0\"").body(body).put("/api/v1/applications/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("city", equalTo("Hue"));
        applicant(organization).header("If-Match", "\"0\"").body(body).put("/api/v1/applications/" + id).then().statusCode(412);

        applicant(organization).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        String etag = applicant(organization).get("/api/v1/applications/" + id).then().extract().header("ETag");
        applicant(organization).header("If-Match", etag).body(body).put("/api/v1/applications/" + id).then().statusCode(409)
                .body("errors.code", hasItem("APPLICATION_NOT_EDITABLE"));
        applicant(organization).post("/api/v1/applications/" + id + "/submit").then().statusCode(409)
                .body("errors.code", hasItem("APPLICATION_NOT_DRAFT"));
    }

    @Test
    void a_draft_must_name_a_visible_call_and_real_countries() {
        String draftCall = createCall(callDefinition());
        Map<String, Object> body = urbanApplication(draftCall, "XX");
        body.put("applicant", organization("Nowhere", "LOCAL_GOVERNMENT", "QQ"));

        applicant(unique("org")).body(body).post("/api/v1/applications").then().statusCode(422).contentType(PROBLEM)
                .body("errors.code", containsInAnyOrder("UNKNOWN_COUNTRY", "UNKNOWN_COUNTRY", "UNKNOWN_CALL"))
                .body("errors.field", containsInAnyOrder("siteCountry", "applicant.country", "callId"));
    }

    @Test
    void submitting_publishes_the_full_application_with_its_region() {
        String callId = openCall();
        String organization = unique("org");
        String urban = submittedApplication(organization, urbanApplication(callId, "VN"));
        String demonstration = submittedApplication(unique("org"), demonstration(callId, "KE"));

        applicant(organization).get("/api/v1/applications/" + urban).then().body("status", equalTo("SUBMITTED"))
                .body("region", equalTo("ASEAN")).body("submittedAt", notNullValue());

        PublishedEvent submitted = awaitEvent("kcity.application.submitted.v1", urban);
        EventContracts.assertHonoursContract(submitted);
        JsonNode data = submitted.data();
        assertThat(data.get("applicationId").asText()).isEqualTo(urban);
        assertThat(data.get("callId").asText()).isEqualTo(callId);
        assertThat(data.get("track").asText()).isEqualTo("URBAN_DEVELOPMENT");
        assertThat(data.get("siteCountry").asText()).isEqualTo("VN");
        assertThat(data.get("region").asText()).isEqualTo("ASEAN");
        assertThat(data.get("city").asText()).isEqualTo("Da Nang");
        assertThat(data.get("title").asText()).isEqualTo("Smart city master plan");
        assertThat(data.get("summary").asText()).isEqualTo("A master plan for a smart new town.");
        assertThat(data.get("applicant").get("organizationId").asText()).isEqualTo(organization);
        assertThat(data.get("applicant").get("name").asText()).isEqualTo("Da Nang People's Committee");
        assertThat(data.get("applicant").get("kind").asText()).isEqualTo("LOCAL_GOVERNMENT");
        assertThat(data.get("partner").isNull()).isTrue();
        assertThat(data.get("requestedSupport").asLong()).isEqualTo(500_000_000L);
        assertThat(data.get("submittedAt").asText()).isNotBlank();

        PublishedEvent demo = awaitEvent("kcity.application.submitted.v1", demonstration);
        EventContracts.assertHonoursContract(demo);
        assertThat(demo.data().get("region").asText()).isEqualTo("Africa");
        assertThat(demo.data().get("applicant").get("kind").asText()).isEqualTo("KOREAN_COMPANY");
        assertThat(demo.data().get("partner").get("name").asText()).isEqualTo("Ministry of Construction");
        assertThat(demo.data().get("partner").get("kind").asText()).isEqualTo("CENTRAL_GOVERNMENT");
    }

    @Test
    void a_second_live_application_in_the_same_track_is_a_409_until_the_first_is_withdrawn() {
        String callId = openCall();
        String organization = unique("org");
        String first = submittedApplication(organization, urbanApplication(callId, "VN"));
        String second = createApplication(organization, urbanApplication(callId, "VN"));
        String otherTrack = createApplication(organization, demonstration(callId, "VN"));

        applicant(organization).post("/api/v1/applications/" + second + "/submit").then().statusCode(409).contentType(PROBLEM)
                .body("errors.code", hasItem("LIVE_APPLICATION_EXISTS"));
        applicant(organization).post("/api/v1/applications/" + otherTrack + "/submit").then().statusCode(200);
        applicant(unique("org")).body(urbanApplication(callId, "VN")).post("/api/v1/applications").then().statusCode(201);

        applicant(organization).post("/api/v1/applications/" + first + "/withdraw").then().statusCode(200);
        applicant(organization).post("/api/v1/applications/" + second + "/submit").then().statusCode(200);
    }

    @Test
    void two_drafts_submitted_at_the_same_moment_make_one_entry_and_one_409() {
        String callId = openCall();
        String organization = unique("org");
        String one = createApplication(organization, urbanApplication(callId, "VN"));
        String two = createApplication(organization, urbanApplication(callId, "VN"));

        List<Integer> statuses = Stream.of(one, two)
                .map(id -> CompletableFuture.supplyAsync(() -> applicant(organization)
                        .post("/api/v1/applications/" + id + "/submit").then().extract().statusCode()))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    }

    @Test
    void a_draft_submitted_while_another_submission_of_the_track_commits_is_a_409_from_the_database_rule()
            throws Exception {
        String callId = openCall();
        String organization = unique("org");
        String committing = createApplication(organization, urbanApplication(callId, "VN"));
        String late = createApplication(organization, urbanApplication(callId, "VN"));

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement submit = other.prepareStatement(
                    "UPDATE application SET status = 'SUBMITTED', submitted_at = now() WHERE id = ?")) {
                submit.setString(1, committing);
                assertThat(submit.executeUpdate()).isEqualTo(1);
            }
            // Uncommitted, so the service's own check cannot see it: only the unique index can.
            CompletableFuture<Integer> lateSubmission = CompletableFuture.supplyAsync(() -> applicant(organization)
                    .post("/api/v1/applications/" + late + "/submit").then().extract().statusCode());
            Thread.sleep(1_000);
            assertThat(lateSubmission).as("waiting at the index for the other transaction").isNotDone();
            other.commit();
            assertThat(lateSubmission.get(30, TimeUnit.SECONDS)).isEqualTo(409);
        }
        applicant(organization).post("/api/v1/applications/" + late + "/submit").then().statusCode(409).contentType(PROBLEM)
                .body("errors.code", hasItem("LIVE_APPLICATION_EXISTS"));
        applicant(organization).get("/api/v1/applications/" + late).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void a_retried_create_with_the_same_idempotency_key_returns_the_first_answer() {
        String callId = openCall();
        String organization = unique("org");
        Map<String, Object> body = urbanApplication(callId, "VN");
        String key = unique("key");

        String first = applicant(organization).header("Idempotency-Key", key).body(body).post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        applicant(organization).header("Idempotency-Key", key).body(body).post("/api/v1/applications").then()
                .statusCode(201).header("Idempotency-Replayed", "true").header("Location", endsWith(first))
                .body("id", equalTo(first));
        applicant(organization).get("/api/v1/applications?callId=" + callId).then().body("totalItems", equalTo(1));

        body.put("city", "Hue");
        applicant(organization).header("Idempotency-Key", key).body(body).post("/api/v1/applications").then()
                .statusCode(422).contentType(PROBLEM).body("errors.code", hasItem("IDEMPOTENCY_KEY_REUSED"));
        applicant(unique("org")).header("Idempotency-Key", key).body(body).post("/api/v1/applications").then().statusCode(201);
    }

    @Test
    void a_retried_submission_with_the_same_idempotency_key_succeeds_again_and_publishes_once() {
        String callId = openCall();
        String organization = unique("org");
        String id = createApplication(organization, urbanApplication(callId, "VN"));
        String other = createApplication(organization, demonstration(callId, "VN"));
        String key = unique("key");

        applicant(organization).header("Idempotency-Key", key).post("/api/v1/applications/" + id + "/submit").then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        applicant(organization).header("Idempotency-Key", key).post("/api/v1/applications/" + id + "/submit").then()
                .statusCode(200).header("Idempotency-Replayed", "true").body("status", equalTo("SUBMITTED"));
        applicant(organization).header("Idempotency-Key", key).post("/api/v1/applications/" + other + "/submit").then()
                .statusCode(422).body("errors.code", hasItem("IDEMPOTENCY_KEY_REUSED"));

        awaitEvent("kcity.application.submitted.v1", id);
        assertThat(EventLog.read(TOPIC))
                .filteredOn(event -> id.equals(event.subject()) && "kcity.application.submitted.v1".equals(event.type()))
                .hasSize(1);
    }

    @Test
    void withdrawing_a_submitted_application_publishes_its_previous_status() {
        String callId = openCall();
        String organization = unique("org");
        String id = submittedApplication(organization, urbanApplication(callId, "VN"));

        applicant(organization).post("/api/v1/applications/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawnAt", notNullValue());
        applicant(organization).post("/api/v1/applications/" + id + "/withdraw").then().statusCode(409)
                .body("errors.code", hasItem("APPLICATION_WITHDRAWN"));

        PublishedEvent withdrawn = awaitEvent("kcity.application.withdrawn.v1", id);
        EventContracts.assertHonoursContract(withdrawn);
        assertThat(withdrawn.data().get("applicationId").asText()).isEqualTo(id);
        assertThat(withdrawn.data().get("callId").asText()).isEqualTo(callId);
        assertThat(withdrawn.data().get("previousStatus").asText()).isEqualTo("SUBMITTED");
        assertThat(withdrawn.data().get("withdrawnAt").asText()).isNotBlank();
    }

    @Test
    void a_withdrawn_draft_was_never_announced_so_nothing_is_published() {
        String callId = openCall();
        String organization = unique("org");
        String draft = createApplication(organization, urbanApplication(callId, "VN"));
        String marker = submittedApplication(organization, demonstration(callId, "VN"));

        applicant(organization).post("/api/v1/applications/" + draft + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        applicant(organization).post("/api/v1/applications/" + marker + "/withdraw").then().statusCode(200);

        awaitEvent("kcity.application.withdrawn.v1", marker);
        assertThat(EventLog.read(TOPIC)).noneMatch(event -> draft.equals(event.subject()));
    }

    @Test
    void applicants_page_through_their_own_applications_filtered_by_call_track_and_status() {
        String callId = openCall();
        String otherCall = openCall();
        String organization = unique("org");
        String submitted = submittedApplication(organization, urbanApplication(callId, "VN"));
        String draft = createApplication(organization, demonstration(callId, "VN"));
        createApplication(organization, urbanApplication(otherCall, "TH"));
        createApplication(unique("org"), urbanApplication(callId, "VN"));

        applicant(organization).get("/api/v1/applications").then().statusCode(200).body("totalItems", equalTo(3));
        applicant(organization).get("/api/v1/applications?callId=" + callId).then()
                .body("items.id", containsInAnyOrder(submitted, draft));
        applicant(organization).get("/api/v1/applications?callId=" + callId + "&status=SUBMITTED").then()
                .body("items.id", containsInAnyOrder(submitted));
        applicant(organization).get("/api/v1/applications?track=SOLUTION_DEMONSTRATION").then()
                .body("items.id", containsInAnyOrder(draft));
        applicant(organization).get("/api/v1/applications?size=2&page=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("totalItems", equalTo(3));
        applicant(organization).get("/api/v1/applications?status=LOST").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("status"));
        applicant(organization).get("/api/v1/applications?size=1000").then().statusCode(400).body("errors.field", hasItem("size"));
    }
}
