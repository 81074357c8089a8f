package org.kcity.selection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.kcity.selection.support.SelectionApi.PATIENCE;
import static org.kcity.selection.support.SelectionApi.assign;
import static org.kcity.selection.support.SelectionApi.awaitApplications;
import static org.kcity.selection.support.TestCall.sheet;
import static org.kcity.selection.support.TestCall.unique;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kcity.platform.security.Roles;
import org.kcity.selection.support.TestCall;
import org.kcity.selection.support.Tokens;
import org.kcity.selection.support.UpstreamEvents.ApplicationSubmitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Who may do what, what an evaluator reads, the rules of a score sheet and of conflicts, and events arriving out of order. */
@QuarkusTest
class EvaluationRulesTest {

    @Test
    void each_endpoint_admits_only_its_roles_and_the_published_result_is_public() {
        TestCall call = new TestCall().open(1);
        String officer = Tokens.officer();
        awaitCallKnown(officer, call);

        given().get("/api/v1/calls/{callId}/ranking", call.callId).then().statusCode(401);
        for (String role : List.of(Roles.APPLICANT, Roles.EVALUATOR, Roles.VIEWER, Roles.BIDDER)) {
            String token = Tokens.of(role);
            given().auth().oauth2(token).get("/api/v1/calls/{callId}/ranking", call.callId).then().statusCode(403);
            given().auth().oauth2(token).post("/api/v1/calls/{callId}/result", call.callId).then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/calls/{callId}/progress", call.callId).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("evaluatorId", "someone"))
                    .post("/api/v1/calls/{callId}/tracks/URBAN_DEVELOPMENT/evaluators", call.callId).then().statusCode(403);
            given().auth().oauth2(token).delete("/api/v1/applications/{id}/evaluators/{evaluatorId}", unique("app"), "someone")
                    .then().statusCode(403);
        }
        for (String role : List.of(Roles.APPLICANT, Roles.PROGRAM_OFFICER, Roles.VIEWER)) {
            given().auth().oauth2(Tokens.of(role)).get("/api/v1/evaluations").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.of(Roles.APPLICANT)).contentType(ContentType.JSON)
                .body(Map.of("countries", List.of(), "organizations", List.of()))
                .put("/api/v1/evaluators/me/conflicts").then().statusCode(403);
        given().get("/api/v1/calls/{callId}/result", call.callId).then().statusCode(404);
        given().get("/api/v1/calls/{callId}/result", unique("no-call")).then().statusCode(404);
    }

    @Test
    void an_assigned_evaluator_reads_the_summary_partner_and_requested_support() {
        TestCall call = new TestCall().open(1);
        String demonstration = call.submitDemonstration("KZ", "Central Asia");
        String officer = Tokens.officer();
        awaitApplications(officer, call, demonstration);
        String evaluator = unique("eval");
        assign(officer, demonstration, evaluator).then().statusCode(201);

        Map<String, Object> application = given().auth().oauth2(Tokens.evaluator(evaluator))
                .get("/api/v1/evaluations/{id}", demonstration).then().statusCode(200).extract().jsonPath().getMap("application");
        ApplicationSubmitted submitted = call.submission(demonstration);
        assertThat(application).containsOnlyKeys("applicationId", "callId", "track", "siteCountry", "region", "city", "title",
                "summary", "applicant", "partner", "requestedSupport", "submittedAt", "status");
        assertThat(application).containsEntry("title", submitted.title()).containsEntry("summary", submitted.summary())
                .containsEntry("city", submitted.city()).containsEntry("siteCountry", "KZ")
                .containsEntry("track", "SOLUTION_DEMONSTRATION")
                .containsEntry("applicant", Map.of("organizationId", submitted.applicant().organizationId(),
                        "name", submitted.applicant().name(), "kind", "KOREAN_COMPANY"))
                .containsEntry("partner", Map.of("name", "Ministry of Cities KZ", "kind", "CENTRAL_GOVERNMENT"));
        assertThat(((Number) application.get("requestedSupport")).longValue()).isEqualTo(submitted.requestedSupport());
        assertThat(OffsetDateTime.parse((String) application.get("submittedAt")).toInstant())
                .isEqualTo(Instant.parse(submitted.submittedAt()));

        given().auth().oauth2(Tokens.evaluator(unique("unassigned"))).get("/api/v1/evaluations/{id}", demonstration)
                .then().statusCode(404);
    }

    @Test
    void a_score_sheet_needs_a_whole_score_for_every_criterion_and_is_corrected_with_its_etag() {
        TestCall call = new TestCall().open(1);
        String applicationId = call.submit("URBAN_DEVELOPMENT", "UZ", "Central Asia");
        String officer = Tokens.officer();
        awaitApplications(officer, call, applicationId);
        String evaluator = unique("eval");
        String token = Tokens.evaluator(evaluator);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(sheet(70))
                .put("/api/v1/evaluations/{id}/sheet", applicationId).then().statusCode(404);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("evaluatorId", evaluator))
                .post("/api/v1/applications/{id}/evaluators", applicationId)
                .then().statusCode(201).header("Location", containsString("/api/v1/applications/" + applicationId + "/evaluators/" + evaluator));

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("RELEVANCE", 70.5, "FEASIBILITY", 101, "BUDGET", 50)))
                .put("/api/v1/evaluations/{id}/sheet", applicationId)
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("scores.RELEVANCE", "scores.FEASIBILITY", "scores.IMPACT", "scores.BUDGET"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("scores", "none"))
                .put("/api/v1/evaluations/{id}/sheet", applicationId).then().statusCode(400);
        given().auth().oauth2(token).get("/api/v1/evaluations/{id}/sheet", applicationId).then().statusCode(404);

        String etag = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("RELEVANCE", 80, "FEASIBILITY", 70, "IMPACT", 61)))
                .put("/api/v1/evaluations/{id}/sheet", applicationId)
                .then().statusCode(201).body("total", equalTo("73.20")).extract().header("ETag");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(sheet(65))
                .put("/api/v1/evaluations/{id}/sheet", applicationId).then().statusCode(428);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"999\"").body(sheet(65))
                .put("/api/v1/evaluations/{id}/sheet", applicationId).then().statusCode(412);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag).body(sheet(65))
                .put("/api/v1/evaluations/{id}/sheet", applicationId).then().statusCode(200).body("total", equalTo("65.00"));
        given().auth().oauth2(token).get("/api/v1/evaluations/{id}/sheet", applicationId).then().statusCode(200)
                .body("scores.IMPACT", equalTo(65)).body("correctedAt", notNullValue());
        given().auth().oauth2(officer).get("/api/v1/calls/{callId}/ranking", call.callId).then().statusCode(200)
                .body("tracks.find { it.track == 'URBAN_DEVELOPMENT' }.applications[0].score", equalTo("65.00"))
                .body("tracks.find { it.track == 'URBAN_DEVELOPMENT' }.applications[0].outcome", equalTo("SELECTED"));
        given().auth().oauth2(Tokens.evaluator(unique("other"))).get("/api/v1/evaluations/{id}", applicationId).then().statusCode(404);
    }

    @Test
    void a_declared_organization_refuses_the_assignment_and_declarations_change_with_their_etag() {
        TestCall call = new TestCall().open(1);
        String demonstration = call.submitDemonstration("KZ", "Central Asia");
        String officer = Tokens.officer();
        awaitApplications(officer, call, demonstration);
        String evaluator = unique("eval");
        String token = Tokens.evaluator(evaluator);

        String etag = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("countries", List.of(), "organizations", List.of("Someone Else")))
                .put("/api/v1/evaluators/me/conflicts").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("countries", List.of(), "organizations", List.of("ministry of cities kz")))
                .put("/api/v1/evaluators/me/conflicts").then().statusCode(428);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("countries", List.of("kz"), "organizations", List.of()))
                .put("/api/v1/evaluators/me/conflicts").then().statusCode(400);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("countries", List.of(), "organizations", List.of("ministry of cities kz")))
                .put("/api/v1/evaluators/me/conflicts").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/evaluators/me/conflicts").then().statusCode(200)
                .body("organizations", hasItem("ministry of cities kz"));

        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("evaluatorId", evaluator))
                .post("/api/v1/applications/{id}/evaluators", demonstration)
                .then().statusCode(409).body("errors[0].code", equalTo("CONFLICT_OF_INTEREST"))
                .body("detail", containsString("partner"));
        given().auth().oauth2(officer).get("/api/v1/applications/{id}/evaluators", demonstration).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void a_withdrawn_application_is_no_longer_assigned() {
        TestCall call = new TestCall().open(1);
        String applicationId = call.submit("SOLUTION_PLANNING", "ID", "ASEAN");
        call.withdraw(applicationId);
        String officer = Tokens.officer();
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(officer)
                .get("/api/v1/calls/{callId}/progress", call.callId).then().statusCode(200)
                .body("applications.find { it.applicationId == '" + applicationId + "' }.status", equalTo("WITHDRAWN")));

        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("evaluatorId", unique("eval")))
                .post("/api/v1/applications/{id}/evaluators", applicationId)
                .then().statusCode(409).body("errors[0].code", equalTo("NOT_EVALUABLE"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("evaluatorId", unique("eval")))
                .post("/api/v1/applications/{id}/evaluators", unique("no-app")).then().statusCode(404);
    }

    @Test
    void an_application_arriving_before_its_call_is_kept_and_evaluated_once_the_call_is_known() {
        TestCall call = new TestCall();
        String applicationId = call.submit("URBAN_DEVELOPMENT", "VN", "ASEAN");
        String officer = Tokens.officer();
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(officer)
                .queryParam("targetType", "application").queryParam("targetId", applicationId)
                .get("/api/v1/audit-trail").then().statusCode(200).body("items.action", hasItem("application.submitted")));
        given().auth().oauth2(officer).get("/api/v1/calls/{callId}/progress", call.callId).then().statusCode(404);

        call.open(1);
        awaitApplications(officer, call, applicationId);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("evaluatorId", unique("eval")))
                .post("/api/v1/applications/{id}/evaluators", applicationId).then().statusCode(201);
    }

    @Test
    void a_replayed_submission_changes_nothing() {
        TestCall call = new TestCall().open(1);
        String applicationId = call.submit("URBAN_DEVELOPMENT", "PH", "ASEAN");
        String officer = Tokens.officer();
        awaitApplications(officer, call, applicationId);

        call.replaySubmission(applicationId);
        call.screen(applicationId, "SCREENED_IN", null);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(officer)
                .get("/api/v1/calls/{callId}/progress", call.callId).then().statusCode(200)
                .body("applications.status", contains("SCREENED_IN")));
        given().auth().oauth2(officer).queryParam("targetType", "application").queryParam("targetId", applicationId)
                .get("/api/v1/audit-trail").then().statusCode(200)
                .body("items.action", contains("application.submitted", "application.screened_in"));
    }

    private static void awaitCallKnown(String officer, TestCall call) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(officer)
                .get("/api/v1/calls/{callId}/ranking", call.callId).then().statusCode(200));
    }
}
