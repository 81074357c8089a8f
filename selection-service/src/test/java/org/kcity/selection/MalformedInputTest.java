package org.kcity.selection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.fuzz.FuzzReport;
import org.kcity.deploy.testing.fuzz.OpenApiFuzzer;
import org.kcity.platform.security.Roles;
import org.kcity.selection.support.TestCall;
import org.kcity.selection.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Whatever a client sends, the answer is a problem+json, never a 500, and nothing is written. */
@QuarkusTest
class MalformedInputTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    DataSource database;

    @Test
    void every_operation_answers_malformed_input_with_a_problem_never_a_5xx_and_writes_nothing() {
        TestCall call = new TestCall().open(1);
        String applicationId = call.submit("URBAN_DEVELOPMENT", "GH", "Africa");
        String officer = Tokens.officer();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(officer)
                .get("/api/v1/calls/{callId}/progress", call.callId).then().statusCode(200).body("applications.applicationId", hasSize(1)));
        String evaluatorId = TestCall.unique("evaluator");
        String evaluator = Tokens.evaluator(evaluatorId);
        // Declared already, so that declaring again needs If-Match; and assigned, so that its evaluation exists.
        given().auth().oauth2(evaluator).contentType(ContentType.JSON).body(Map.of("countries", List.of(), "organizations", List.of()))
                .put("/api/v1/evaluators/me/conflicts").then().statusCode(200);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("evaluatorId", evaluatorId))
                .post("/api/v1/applications/{id}/evaluators", applicationId).then().statusCode(201);

        FuzzReport report = OpenApiFuzzer.of(root)
                .caller(Roles.PROGRAM_OFFICER, officer)
                .caller(Roles.EVALUATOR, evaluator)
                .pathValue("/api/v1/calls/{callId}", call.callId)
                .pathValue("/api/v1/calls/{callId}/tracks/{track}", "URBAN_DEVELOPMENT")
                .pathValue("/api/v1/applications/{applicationId}", applicationId)
                .pathValue("/api/v1/applications/{applicationId}/evaluators/{evaluatorId}", evaluatorId)
                .pathValue("/api/v1/evaluations/{applicationId}", applicationId)
                .database(database)
                .run();

        assertThat(report.requests()).isGreaterThanOrEqualTo(2000);
    }
}
