package org.kcity.selection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.kcity.selection.support.SelectionApi.PATIENCE;
import static org.kcity.selection.support.SelectionApi.file;
import static org.kcity.selection.support.TestCall.sheet;
import static org.kcity.selection.support.TestCall.unique;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.EventContracts;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.PublishedEvent;
import org.kcity.selection.support.TestCall;
import org.kcity.selection.support.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** From kcity.applications events through assignment, scoring, preview and publication to a promotion. */
@QuarkusTest
class SelectionFlowTest {

    private static final String SELECTION_TOPIC = "kcity.selection";

    @Test
    void applications_are_evaluated_ranked_published_and_a_withdrawn_project_is_replaced_by_the_first_reserve_keeping_the_country_rule() {
        TestCall call = new TestCall().open(2);
        String u1 = call.submit("URBAN_DEVELOPMENT", "GH", "Africa");
        String s1 = call.submit("SOLUTION_PLANNING", "VN", "ASEAN");
        String u2 = call.submit("URBAN_DEVELOPMENT", "VN", "ASEAN");
        String u3 = call.submit("URBAN_DEVELOPMENT", "KE", "Africa");
        String d1 = call.submitDemonstration("PH", "ASEAN");
        String u4 = call.submit("URBAN_DEVELOPMENT", "TZ", "Africa");
        String s2 = call.submit("SOLUTION_PLANNING", "ID", "ASEAN");
        String u5 = call.submit("URBAN_DEVELOPMENT", "EG", "Africa");
        String u6 = call.submit("URBAN_DEVELOPMENT", "PE", "South America");
        String u7 = call.submit("URBAN_DEVELOPMENT", "GH", "Africa");
        String w1 = call.submit("SOLUTION_PLANNING", "MN", "Northeast Asia");
        call.screen(u1, "SCREENED_IN", null);
        call.screen(u7, "SCREENED_OUT", "The applicant is not a public body");
        call.withdraw(w1);
        String officer = Tokens.officer();
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath progress = given().auth().oauth2(officer).get("/api/v1/calls/{callId}/progress", call.callId)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(progress.getList("applications.applicationId")).hasSize(11);
            assertThat(progress.getString("applications.find { it.applicationId == '" + u7 + "' }.status")).isEqualTo("SCREENED_OUT");
            assertThat(progress.getString("applications.find { it.applicationId == '" + w1 + "' }.status")).isEqualTo("WITHDRAWN");
        });

        // Conflicts of interest: a declared country refuses the assignment, one by one or for a whole track.
        String evaluatorA = unique("eval-a");
        String evaluatorB = unique("eval-b");
        String conflicted = unique("eval-c");
        given().auth().oauth2(Tokens.evaluator(conflicted)).contentType(ContentType.JSON)
                .body(Map.of("countries", List.of("GH"), "organizations", List.of()))
                .put("/api/v1/evaluators/me/conflicts").then().statusCode(200);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("evaluatorId", conflicted))
                .post("/api/v1/applications/{id}/evaluators", u1)
                .then().statusCode(409).body("errors[0].code", equalTo("CONFLICT_OF_INTEREST")).body("detail", containsString("GH"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("evaluatorId", conflicted))
                .post("/api/v1/calls/{callId}/tracks/URBAN_DEVELOPMENT/evaluators", call.callId)
                .then().statusCode(409).body("errors", hasSize(1)).body("errors[0].message", containsString(u1));

        for (String evaluator : List.of(evaluatorA, evaluatorB)) {
            given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("evaluatorId", evaluator))
                    .post("/api/v1/calls/{callId}/tracks/URBAN_DEVELOPMENT/evaluators", call.callId)
                    .then().statusCode(200).body("newlyAssigned", equalTo(6));
            for (String track : List.of("SOLUTION_PLANNING", "SOLUTION_DEMONSTRATION")) {
                given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("evaluatorId", evaluator))
                        .post("/api/v1/calls/{callId}/tracks/{track}/evaluators", call.callId, track).then().statusCode(200);
            }
        }
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("evaluatorId", evaluatorA))
                .post("/api/v1/applications/{id}/evaluators", u1).then().statusCode(200);
        given().auth().oauth2(officer).get("/api/v1/applications/{id}/evaluators", u1)
                .then().statusCode(200).body("evaluatorId", containsInAnyOrder(evaluatorA, evaluatorB));

        // Evaluators see their own applications only, and file one sheet each.
        String tokenA = Tokens.evaluator(evaluatorA);
        String tokenB = Tokens.evaluator(evaluatorB);
        given().auth().oauth2(tokenA).get("/api/v1/evaluations").then().statusCode(200).body("items.application.applicationId", hasSize(9));
        given().auth().oauth2(tokenA).get("/api/v1/evaluations/{id}", u1).then().statusCode(200)
                .body("application.siteCountry", equalTo("GH")).body("criteria.code", contains("RELEVANCE", "FEASIBILITY", "IMPACT"));
        given().auth().oauth2(tokenA).get("/api/v1/evaluations/{id}", u7).then().statusCode(404);
        given().auth().oauth2(Tokens.evaluator(conflicted)).get("/api/v1/evaluations/{id}", u1).then().statusCode(404);

        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put(u1, 90);
        scores.put(s1, 88);
        scores.put(u2, 85);
        scores.put(u3, 80);
        scores.put(d1, 77);
        scores.put(u4, 75);
        scores.put(s2, 70);
        scores.put(u5, 95);
        scores.put(u6, 50);
        scores.forEach((applicationId, score) -> {
            file(tokenA, applicationId, score).then().statusCode(201).body("total", equalTo(score + ".00"));
            if (!applicationId.equals(u5)) {
                file(tokenB, applicationId, score).then().statusCode(201);
            }
        });
        JsonPath progress = given().auth().oauth2(officer).get("/api/v1/calls/{callId}/progress", call.callId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(progress.getInt("applications.find { it.applicationId == '" + u5 + "' }.filed")).isEqualTo(1);
        assertThat(progress.getBoolean("applications.find { it.applicationId == '" + u5 + "' }.complete")).isFalse();
        assertThat(progress.getInt("applications.find { it.applicationId == '" + u1 + "' }.filed")).isEqualTo(2);
        assertThat(progress.getInt("applications.find { it.applicationId == '" + u1 + "' }.needed")).isEqualTo(2);

        // The preview: per track in walk order, then those out, each with the reason.
        JsonPath preview = given().auth().oauth2(officer).get("/api/v1/calls/{callId}/ranking", call.callId)
                .then().statusCode(200).extract().jsonPath();
        String urban = "tracks.find { it.track == 'URBAN_DEVELOPMENT' }.applications";
        assertThat(preview.getList(urban + ".applicationId")).containsExactly(u1, u2, u3, u4, u5, u6, u7);
        assertThat(preview.getList(urban + ".outcome")).containsExactly("SELECTED", "RESERVE", "SELECTED", "RESERVE", "OUT", "OUT", "OUT");
        assertThat(preview.getList(urban + ".reason")).containsExactly(null, "COUNTRY_TAKEN", null, "QUOTA_FULL", "TOO_FEW_SHEETS",
                "BELOW_PASSING_SCORE", "SCREENED_OUT");
        assertThat(preview.getList(urban + ".score")).containsExactly("90.00", "85.00", "80.00", "75.00", "95.00", "50.00", null);
        assertThat(preview.getList(urban + ".rank")).containsExactly(1, 2, 3, 4, null, null, null);
        String planning = "tracks.find { it.track == 'SOLUTION_PLANNING' }.applications";
        assertThat(preview.getList(planning + ".applicationId")).containsExactly(s1, s2, w1);
        assertThat(preview.getList(planning + ".reason")).containsExactly(null, "QUOTA_FULL", "WITHDRAWN");

        // Publication needs a closed call, and happens once.
        given().auth().oauth2(officer).post("/api/v1/calls/{callId}/result", call.callId)
                .then().statusCode(409).body("errors[0].code", equalTo("CALL_NOT_CLOSED"));
        call.close();
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(officer).get("/api/v1/calls/{callId}/ranking", call.callId)
                .then().statusCode(200).body("closed", equalTo(true)));
        given().auth().oauth2(officer).get("/api/v1/calls/{callId}/progress", call.callId).then().statusCode(200)
                .body("expectedSubmissions", equalTo(11)).body("receivedSubmissions", equalTo(11));
        given().auth().oauth2(officer).post("/api/v1/calls/{callId}/result", call.callId)
                .then().statusCode(201).header("Location", endsWith("/api/v1/calls/" + call.callId + "/result"));
        given().auth().oauth2(officer).post("/api/v1/calls/{callId}/result", call.callId)
                .then().statusCode(409).body("errors[0].code", equalTo("ALREADY_PUBLISHED"));

        PublishedEvent first = selected(u1);
        JsonNode project = first.data();
        assertThat(project.get("score").asText()).isEqualTo("90.00");
        assertThat(project.get("rank").asInt()).isEqualTo(1);
        assertThat(project.get("promoted").asBoolean()).isFalse();
        assertThat(project.get("supportFloor").asLong()).isEqualTo(TestCall.URBAN_FLOOR);
        assertThat(project.get("supportCap").asLong()).isEqualTo(TestCall.URBAN_CAP);
        assertThat(project.get("year").asInt()).isEqualTo(TestCall.YEAR);
        assertThat(project.get("region").asText()).isEqualTo("Africa");
        assertThat(project.get("partner").isNull()).isTrue();
        assertThat(selected(u3).data().get("rank").asInt()).isEqualTo(3);
        assertThat(selected(s1).data().get("track").asText()).isEqualTo("SOLUTION_PLANNING");
        assertThat(selected(d1).data().get("partner").get("name").asText()).isEqualTo("Ministry of Cities PH");
        String revokedProject = first.subject();

        PublishedEvent published = EventContracts.assertHonoursContract(
                EventLog.await(SELECTION_TOPIC, EventLog.ofType("kcity.selection.published.v1", call.callId), PATIENCE));
        JsonNode figures = published.data();
        // Entries as intake's statistics count them: the withdrawn w1 (the only one from MN) is no entry, and is
        // counted apart.
        assertThat(figures.get("entries").asInt()).isEqualTo(10);
        assertThat(figures.get("withdrawn").asInt()).isEqualTo(1);
        assertThat(figures.get("countries").asInt()).isEqualTo(8);
        assertThat(figures.get("selectedProjects")).hasSize(4);
        JsonNode urbanFigures = figures.get("byTrack").get(0);
        assertThat(urbanFigures.get("track").asText()).isEqualTo("URBAN_DEVELOPMENT");
        assertThat(List.of(urbanFigures.get("entries").asInt(), urbanFigures.get("countries").asInt(), urbanFigures.get("selected").asInt()))
                .containsExactly(7, 6, 2);
        assertThat(figures.get("selectedByRegion").findValuesAsText("region")).containsExactly("ASEAN", "Central Asia", "Africa");
        assertThat(figures.get("selectedByRegion").findValues("selected")).extracting(JsonNode::asInt).containsExactly(2, 0, 2);

        // Sheets are locked once the result is out.
        String etag = given().auth().oauth2(tokenA).get("/api/v1/evaluations/{id}/sheet", u3).then().statusCode(200)
                .body("locked", equalTo(true)).extract().header("ETag");
        given().auth().oauth2(tokenA).contentType(ContentType.JSON).header("If-Match", etag).body(sheet(99))
                .put("/api/v1/evaluations/{id}/sheet", u3).then().statusCode(409).body("errors[0].code", equalTo("RESULT_PUBLISHED"));

        // The result is public, but for its reserve lists: those are for program officers.
        JsonPath result = given().get("/api/v1/calls/{callId}/result", call.callId).then().statusCode(200).extract().jsonPath();
        assertThat(result.getList("tracks.find { it.track == 'URBAN_DEVELOPMENT' }.selected.applicationId")).containsExactly(u1, u3);
        assertThat(result.getList("tracks.reserves")).containsOnlyNulls();
        assertThat(result.getInt("figures.entries")).isEqualTo(10);
        assertThat(result.getInt("figures.withdrawn")).isEqualTo(1);
        assertThat(officerResult(officer, call).getList("tracks.find { it.track == 'URBAN_DEVELOPMENT' }.reserves.applicationId"))
                .containsExactly(u2, u4);

        // A selected application withdrawn: revoked, and the first reserve whose country is free (not VN: taken by s1) promoted.
        call.withdraw(u1);
        PublishedEvent revoked = EventContracts.assertHonoursContract(
                EventLog.await(SELECTION_TOPIC, EventLog.ofType("kcity.selection.revoked.v1", revokedProject), PATIENCE));
        assertThat(revoked.data().get("applicationId").asText()).isEqualTo(u1);
        assertThat(revoked.data().get("reason").asText()).isEqualTo("APPLICATION_WITHDRAWN");
        JsonNode promoted = selected(u4).data();
        assertThat(promoted.get("promoted").asBoolean()).isTrue();
        assertThat(promoted.get("replacesProjectId").asText()).isEqualTo(revokedProject);
        assertThat(promoted.get("rank").asInt()).isEqualTo(4);
        assertThat(promoted.get("score").asText()).isEqualTo("75.00");
        // Selected at its promotion (its budget is due at the end of that month), published with the result.
        assertThat(promoted.get("selectedAt").asText()).isEqualTo(revoked.data().get("revokedAt").asText());
        assertThat(promoted.get("resultPublishedAt").asText()).isEqualTo(project.get("resultPublishedAt").asText());

        JsonPath after = officerResult(officer, call);
        assertThat(after.getList("tracks.find { it.track == 'URBAN_DEVELOPMENT' }.selected.applicationId")).containsExactly(u3, u4);
        assertThat(after.getList("tracks.find { it.track == 'URBAN_DEVELOPMENT' }.reserves.applicationId")).containsExactly(u2);
        assertThat(after.getList("revoked.applicationId")).containsExactly(u1);

        // Another withdrawal: the only reserve left is from VN, which s1 holds, so nobody is promoted.
        String keProject = selected(u3).subject();
        call.withdraw(u3);
        EventContracts.assertHonoursContract(
                EventLog.await(SELECTION_TOPIC, EventLog.ofType("kcity.selection.revoked.v1", keProject), PATIENCE));
        JsonPath last = officerResult(officer, call);
        assertThat(last.getList("tracks.find { it.track == 'URBAN_DEVELOPMENT' }.selected.applicationId")).containsExactly(u4);
        assertThat(last.getList("tracks.find { it.track == 'URBAN_DEVELOPMENT' }.reserves.applicationId")).containsExactly(u2);
        assertThat(last.getList("revoked.applicationId")).containsExactlyInAnyOrder(u1, u3);
    }

    private static JsonPath officerResult(String officer, TestCall call) {
        return given().auth().oauth2(officer).get("/api/v1/calls/{callId}/result", call.callId).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The ProjectSelected of an application, checked against its contract. */
    private static PublishedEvent selected(String applicationId) {
        Predicate<PublishedEvent> ofApplication = event -> "kcity.selection.project_selected.v1".equals(event.type())
                && applicationId.equals(event.data().get("applicationId").asText());
        return EventContracts.assertHonoursContract(EventLog.await(SELECTION_TOPIC, ofApplication, PATIENCE));
    }
}
