package org.kcity.selection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.kcity.selection.support.SelectionApi.PATIENCE;
import static org.kcity.selection.support.SelectionApi.assign;
import static org.kcity.selection.support.SelectionApi.awaitApplications;
import static org.kcity.selection.support.SelectionApi.closeAndPublish;
import static org.kcity.selection.support.SelectionApi.file;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kcity.platform.security.Roles;
import org.kcity.selection.support.TestCall;
import org.kcity.selection.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** When a result may be published, and who reads what of it. */
@QuarkusTest
class PublicationTest {

    private static final String URBAN = "tracks.find { it.track == 'URBAN_DEVELOPMENT' }";

    @Test
    void publishing_is_refused_while_fewer_submissions_arrived_than_the_closed_call_counted() {
        TestCall call = new TestCall().open(1);
        call.submit("URBAN_DEVELOPMENT", "VN", "ASEAN");
        String withdrawn = call.submit("SOLUTION_PLANNING", "KZ", "Central Asia");
        call.withdraw(withdrawn);
        String inTransit = call.submitInTransit("URBAN_DEVELOPMENT", "GH", "Africa");
        String officer = Tokens.officer();
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(officer)
                .get("/api/v1/calls/{callId}/progress", call.callId).then().statusCode(200)
                .body("closed", equalTo(false)).body("expectedSubmissions", nullValue())
                .body("applications.find { it.applicationId == '" + withdrawn + "' }.status", equalTo("WITHDRAWN")));

        // Intake counts 3 submissions, the withdrawn one too; only 2 of them have reached selection.
        call.close();
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(officer)
                .get("/api/v1/calls/{callId}/progress", call.callId).then().statusCode(200)
                .body("closed", equalTo(true)).body("expectedSubmissions", equalTo(3)).body("receivedSubmissions", equalTo(2)));
        given().auth().oauth2(officer).post("/api/v1/calls/{callId}/result", call.callId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:kcity:problem:conflict"))
                .body("detail", containsString("missing 1 of the 3 submitted applications"))
                .body("errors", hasSize(1))
                .body("errors[0].code", equalTo("SUBMISSIONS_MISSING"))
                .body("errors[0].message", containsString("missing 1 "));
        given().get("/api/v1/calls/{callId}/result", call.callId).then().statusCode(404);

        call.deliverSubmission(inTransit);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(officer)
                .get("/api/v1/calls/{callId}/progress", call.callId).then().statusCode(200)
                .body("receivedSubmissions", equalTo(3)).body("applications.applicationId", hasItem(inTransit)));
        given().auth().oauth2(officer).post("/api/v1/calls/{callId}/result", call.callId).then().statusCode(201)
                .body("figures.entries", equalTo(2)).body("figures.withdrawn", equalTo(1))
                .body("figures.countries", equalTo(2));
    }

    @Test
    void the_public_result_shows_no_reserve_list() {
        ResultWithReserves published = publishResultWithReserves();

        for (RequestSpecification publicReader : List.of(given(), as(Tokens.of(Roles.VIEWER)), as(Tokens.of(Roles.EVALUATOR)))) {
            ExtractableResponse<Response> answer = read(published.call(), publicReader);
            JsonPath result = answer.jsonPath();
            assertThat(result.getMap(URBAN).get("reserves")).isNull();
            assertThat(answer.asString()).doesNotContain(published.firstReserve()).doesNotContain(published.secondReserve());
            assertThat(result.getList(URBAN + ".selected.applicationId")).containsExactly(published.selected().toArray());
            assertThat(result.getInt("figures.entries")).isEqualTo(4);
            assertThat(result.getString("audience")).isEqualTo("PUBLIC");
            assertThat(answer.header("Vary")).as("shared caches keep each reader's answer apart").contains("Authorization");
        }

        JsonPath officers = read(published.call(), as(Tokens.officer())).jsonPath();
        assertThat(officers.getString("audience")).isEqualTo("PROGRAM_OFFICER");
        assertThat(officers.getList(URBAN + ".reserves.applicationId"))
                .containsExactly(published.firstReserve(), published.secondReserve());
        assertThat(officers.getList(URBAN + ".reserves.position")).containsExactly(1, 2);
        assertThat(officers.getList(URBAN + ".reserves.score")).containsExactly("80.00", "75.00");
    }

    @Test
    void an_applicant_sees_its_own_reserve_position_only() {
        ResultWithReserves published = publishResultWithReserves();
        TestCall call = published.call();

        ExtractableResponse<Response> second = read(call, as(Tokens.applicant(call.organizationOf(published.secondReserve()))));
        JsonPath own = second.jsonPath();
        assertThat(own.getString("audience")).isEqualTo("APPLICANT");
        assertThat(own.getList(URBAN + ".reserves.applicationId")).containsExactly(published.secondReserve());
        assertThat(own.getList(URBAN + ".reserves.position")).containsExactly(2);
        assertThat(own.getList(URBAN + ".reserves.rank")).containsExactly(4);
        assertThat(own.getList(URBAN + ".selected.applicationId")).containsExactly(published.selected().toArray());
        assertThat(second.asString()).doesNotContain(published.firstReserve());

        ExtractableResponse<Response> first = read(call, as(Tokens.applicant(call.organizationOf(published.firstReserve()))));
        assertThat(first.jsonPath().getList(URBAN + ".reserves.position")).containsExactly(1);
        assertThat(first.asString()).doesNotContain(published.secondReserve());

        for (String organization : List.of(call.organizationOf(published.selected().get(0)), TestCall.unique("org"))) {
            ExtractableResponse<Response> others = read(call, as(Tokens.applicant(organization)));
            assertThat(others.jsonPath().getList(URBAN + ".reserves")).isEmpty();
            assertThat(others.asString()).doesNotContain(published.firstReserve()).doesNotContain(published.secondReserve());
        }
    }

    @Test
    void a_screening_that_arrives_after_publication_is_dead_lettered_and_the_result_stands() {
        ResultWithReserves published = publishResultWithReserves();
        String selected = published.selected().get(0);

        published.call().screen(selected, "SCREENED_OUT", "Found ineligible after the result");

        String operator = Tokens.of(Roles.OPERATOR);
        await().atMost(PATIENCE).untilAsserted(() -> as(operator).get("/api/v1/dead-letters").then().statusCode(200)
                .body("items.find { it.subject == '" + selected + "' }.type", equalTo("kcity.application.screened.v1"))
                .body("items.find { it.subject == '" + selected + "' }.error", containsString("published")));
        JsonPath result = read(published.call(), as(Tokens.officer())).jsonPath();
        assertThat(result.getList(URBAN + ".selected.applicationId")).contains(selected);
    }

    /** A published call whose urban development track selected two projects and kept two reserves, in that order. */
    private record ResultWithReserves(TestCall call, List<String> selected, String firstReserve, String secondReserve) {
    }

    private static ResultWithReserves publishResultWithReserves() {
        TestCall call = new TestCall().open(1);
        List<String> applications = List.of("GH", "KE", "TZ", "EG").stream()
                .map(country -> call.submit("URBAN_DEVELOPMENT", country, "Africa")).toList();
        String officer = Tokens.officer();
        awaitApplications(officer, call, applications.toArray(String[]::new));
        String evaluator = TestCall.unique("eval");
        String token = Tokens.evaluator(evaluator);
        List<Integer> scores = List.of(90, 85, 80, 75);
        for (int i = 0; i < applications.size(); i++) {
            assign(officer, applications.get(i), evaluator).then().statusCode(201);
            file(token, applications.get(i), scores.get(i)).then().statusCode(201);
        }
        closeAndPublish(officer, call);
        return new ResultWithReserves(call, applications.subList(0, 2), applications.get(2), applications.get(3));
    }

    private static ExtractableResponse<Response> read(TestCall call, RequestSpecification reader) {
        return reader.get("/api/v1/calls/{callId}/result", call.callId).then().statusCode(200).extract();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
