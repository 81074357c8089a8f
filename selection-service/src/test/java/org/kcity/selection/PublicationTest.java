package org.kcity.selection;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.kcity.selection.support.TestCall;
import org.kcity.selection.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PublicationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

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
        given().auth().oauth2(officer).post("/api/v1/calls/{callId}/result", call.callId).then().statusCode(201);
    }
}
