package org.kcity.selection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.kcity.selection.support.SelectionApi.assign;
import static org.kcity.selection.support.SelectionApi.awaitApplications;
import static org.kcity.selection.support.SelectionApi.closeAndPublish;
import static org.kcity.selection.support.SelectionApi.file;
import static org.kcity.selection.support.TestCall.unique;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kcity.selection.support.TestCall;
import org.kcity.selection.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Conflicts of interest found after assignment, the evaluator's own organization, and unassigning. */
@QuarkusTest
class ConflictsOfInterestTest {

    private static final String URBAN = "tracks.find { it.track == 'URBAN_DEVELOPMENT' }.applications";

    @Test
    void a_conflict_declared_after_assignment_suspends_it_and_its_sheet_no_longer_counts() {
        TestCall call = new TestCall().open(1);
        String ghana = call.submit("URBAN_DEVELOPMENT", "GH", "Africa");
        String kenya = call.submit("URBAN_DEVELOPMENT", "KE", "Africa");
        String officer = Tokens.officer();
        awaitApplications(officer, call, ghana, kenya);
        String conflicted = unique("eval-conflicted");
        String colleague = unique("eval-colleague");
        for (String evaluator : List.of(conflicted, colleague)) {
            assign(officer, ghana, evaluator).then().statusCode(201);
            assign(officer, kenya, evaluator).then().statusCode(201);
        }
        String token = Tokens.evaluator(conflicted);
        file(token, ghana, 90).then().statusCode(201);
        file(token, kenya, 80).then().statusCode(201);
        file(Tokens.evaluator(colleague), ghana, 60).then().statusCode(201);
        assertThat(ranking(officer, call).getString(scoreOf(ghana))).isEqualTo("75.00");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("countries", List.of("GH"), "organizations", List.of()))
                .put("/api/v1/evaluators/me/conflicts").then().statusCode(200);

        // The evaluator no longer sees or scores Ghana's application; Kenya's stays its own.
        given().auth().oauth2(token).get("/api/v1/evaluations/{id}", ghana).then().statusCode(404);
        given().auth().oauth2(token).get("/api/v1/evaluations/{id}/sheet", ghana).then().statusCode(404);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "*").body(TestCall.sheet(95))
                .put("/api/v1/evaluations/{id}/sheet", ghana).then().statusCode(404);
        given().auth().oauth2(token).get("/api/v1/evaluations").then().statusCode(200)
                .body("items.application.applicationId", contains(kenya));
        // Officers see the suspension, with its reason.
        given().auth().oauth2(officer).get("/api/v1/applications/{id}/evaluators/{evaluatorId}", ghana, conflicted)
                .then().statusCode(200).body("suspendedAt", notNullValue()).body("suspensionReason", containsString("GH"));
        JsonPath progress = given().auth().oauth2(officer).get("/api/v1/calls/{callId}/progress", call.callId)
                .then().statusCode(200).extract().jsonPath();
        String ghanaProgress = "applications.find { it.applicationId == '" + ghana + "' }";
        assertThat(progress.getInt(ghanaProgress + ".assigned")).isEqualTo(1);
        assertThat(progress.getInt(ghanaProgress + ".filed")).isEqualTo(1);
        assertThat(progress.getList(ghanaProgress + ".suspended.evaluatorId")).containsExactly(conflicted);
        assertThat(progress.getList(ghanaProgress + ".suspended.sheetFiled")).containsExactly(true);
        assertThat(progress.getString(ghanaProgress + ".suspended[0].reason")).contains("GH");
        assertThat(progress.getList("applications.find { it.applicationId == '" + kenya + "' }.suspended")).isEmpty();

        // Its sheet no longer counts: in the preview, and in the published result.
        JsonPath preview = ranking(officer, call);
        assertThat(preview.getString(scoreOf(ghana))).isEqualTo("60.00");
        assertThat(preview.getInt(URBAN + ".find { it.applicationId == '" + ghana + "' }.sheets")).isEqualTo(1);
        assertThat(preview.getString(scoreOf(kenya))).isEqualTo("80.00");
        closeAndPublish(officer, call);
        given().get("/api/v1/calls/{callId}/result", call.callId).then().statusCode(200)
                .body("tracks.find { it.track == 'URBAN_DEVELOPMENT' }.selected.find { it.applicationId == '" + ghana + "' }.score",
                        equalTo("60.00"));
    }

    @Test
    void an_officer_unassigns_an_evaluator_until_the_result_is_published() {
        TestCall call = new TestCall().open(1);
        String applicationId = call.submit("URBAN_DEVELOPMENT", "VN", "ASEAN");
        String officer = Tokens.officer();
        awaitApplications(officer, call, applicationId);
        String evaluator = unique("eval");
        String token = Tokens.evaluator(evaluator);
        assign(officer, applicationId, evaluator).then().statusCode(201);
        file(token, applicationId, 70).then().statusCode(201);

        given().auth().oauth2(officer).delete("/api/v1/applications/{id}/evaluators/{evaluatorId}", applicationId, evaluator)
                .then().statusCode(204);
        given().auth().oauth2(officer).get("/api/v1/applications/{id}/evaluators", applicationId).then().statusCode(200)
                .body("$", hasSize(0));
        given().auth().oauth2(token).get("/api/v1/evaluations/{id}", applicationId).then().statusCode(404);
        given().auth().oauth2(officer).get("/api/v1/calls/{callId}/progress", call.callId).then().statusCode(200)
                .body("applications[0].assigned", equalTo(0)).body("applications[0].filed", equalTo(0));
        assertThat(ranking(officer, call).getString(URBAN + "[0].reason")).isEqualTo("TOO_FEW_SHEETS");
        given().auth().oauth2(officer).queryParam("targetType", "application").queryParam("targetId", applicationId)
                .get("/api/v1/audit-trail").then().statusCode(200).body("items.action", hasItem("evaluator.unassigned"));
        given().auth().oauth2(officer).delete("/api/v1/applications/{id}/evaluators/{evaluatorId}", applicationId, evaluator)
                .then().statusCode(404);
        given().auth().oauth2(officer).delete("/api/v1/applications/{id}/evaluators/{evaluatorId}", unique("no-app"), evaluator)
                .then().statusCode(404);

        // Assigned again, the evaluator starts with a new sheet.
        assign(officer, applicationId, evaluator).then().statusCode(201);
        given().auth().oauth2(token).get("/api/v1/evaluations/{id}/sheet", applicationId).then().statusCode(404);
        file(token, applicationId, 80).then().statusCode(201);
        closeAndPublish(officer, call);

        given().auth().oauth2(officer).delete("/api/v1/applications/{id}/evaluators/{evaluatorId}", applicationId, evaluator)
                .then().statusCode(409).body("errors[0].code", equalTo("RESULT_PUBLISHED"));
        given().auth().oauth2(officer).get("/api/v1/applications/{id}/evaluators", applicationId).then().statusCode(200)
                .body("evaluatorId", contains(evaluator));
        given().get("/api/v1/calls/{callId}/result", call.callId).then().statusCode(200)
                .body("tracks.find { it.track == 'URBAN_DEVELOPMENT' }.selected.score", contains("80.00"));
    }

    @Test
    void an_evaluator_of_the_applicants_own_organization_is_never_assigned() {
        TestCall call = new TestCall().open(1);
        String own = call.submit("URBAN_DEVELOPMENT", "GH", "Africa");
        String other = call.submit("URBAN_DEVELOPMENT", "KE", "Africa");
        String officer = Tokens.officer();
        awaitApplications(officer, call, own, other);
        String evaluator = unique("eval");
        String organization = call.organizationOf(own);
        // Selection learns an evaluator's organization from its token, at its first request.
        given().auth().oauth2(Tokens.evaluator(evaluator, organization)).get("/api/v1/evaluations").then().statusCode(200)
                .body("items", hasSize(0));

        assign(officer, own, evaluator).then().statusCode(409)
                .body("errors[0].code", equalTo("CONFLICT_OF_INTEREST")).body("detail", containsString(organization));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("evaluatorId", evaluator))
                .post("/api/v1/calls/{callId}/tracks/URBAN_DEVELOPMENT/evaluators", call.callId)
                .then().statusCode(409).body("errors", hasSize(1)).body("errors[0].message", containsString(own));
        given().auth().oauth2(officer).get("/api/v1/applications/{id}/evaluators", own).then().statusCode(200).body("$", hasSize(0));
        assign(officer, other, evaluator).then().statusCode(201);
    }

    @Test
    void an_evaluator_assigned_to_its_own_organizations_application_before_it_was_known_is_suspended_at_its_first_request() {
        TestCall call = new TestCall().open(1);
        String own = call.submit("SOLUTION_PLANNING", "KZ", "Central Asia");
        String officer = Tokens.officer();
        awaitApplications(officer, call, own);
        String evaluator = unique("eval");
        assign(officer, own, evaluator).then().statusCode(201);

        String token = Tokens.evaluator(evaluator, call.organizationOf(own));
        given().auth().oauth2(token).get("/api/v1/evaluations/{id}", own).then().statusCode(404);
        given().auth().oauth2(token).get("/api/v1/evaluations").then().statusCode(200).body("items", hasSize(0));
        file(token, own, 90).then().statusCode(404);

        given().auth().oauth2(officer).get("/api/v1/calls/{callId}/progress", call.callId).then().statusCode(200)
                .body("applications[0].assigned", equalTo(0))
                .body("applications[0].suspended.evaluatorId", contains(evaluator))
                .body("applications[0].suspended[0].reason", containsString(call.organizationOf(own)));
        assign(officer, own, evaluator).then().statusCode(409).body("errors[0].code", equalTo("CONFLICT_OF_INTEREST"));
    }

    private static JsonPath ranking(String officer, TestCall call) {
        return given().auth().oauth2(officer).get("/api/v1/calls/{callId}/ranking", call.callId).then().statusCode(200)
                .extract().jsonPath();
    }

    private static String scoreOf(String applicationId) {
        return URBAN + ".find { it.applicationId == '" + applicationId + "' }.score";
    }
}
