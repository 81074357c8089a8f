package org.kcity.selection.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** What program officers and evaluators do through selection's API, for tests that need it done on their way. */
public final class SelectionApi {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private SelectionApi() {
    }

    /** Waits until selection has received the applications' submissions. */
    public static void awaitApplications(String officer, TestCall call, String... applicationIds) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(officer)
                .get("/api/v1/calls/{callId}/progress", call.callId).then().statusCode(200)
                .body("applications.applicationId", hasItems(applicationIds)));
    }

    public static Response assign(String officer, String applicationId, String evaluatorId) {
        return given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("evaluatorId", evaluatorId))
                .post("/api/v1/applications/{id}/evaluators", applicationId);
    }

    /** Files a first sheet with the same score for every criterion, so its total is that score. */
    public static Response file(String evaluatorToken, String applicationId, int score) {
        return given().auth().oauth2(evaluatorToken).contentType(ContentType.JSON).body(TestCall.sheet(score))
                .put("/api/v1/evaluations/{id}/sheet", applicationId);
    }

    /** Closes the call and, once selection has the close and every submission, publishes its result. */
    public static void closeAndPublish(String officer, TestCall call) {
        call.close();
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(officer)
                .get("/api/v1/calls/{callId}/progress", call.callId).then().statusCode(200).body("closed", equalTo(true)));
        given().auth().oauth2(officer).post("/api/v1/calls/{callId}/result", call.callId).then().statusCode(201);
    }
}
