package org.kcity.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.fuzz.FuzzReport;
import org.kcity.deploy.testing.fuzz.OpenApiFuzzer;
import org.kcity.platform.security.Roles;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Whatever a client sends, the answer is a problem+json, never a 500, and nothing is written. */
@QuarkusTest
class MalformedInputTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    DataSource database;

    @Test
    void every_operation_answers_malformed_input_with_a_problem_never_a_5xx_and_writes_nothing() {
        String callId = Program.openCall(5_000_000_000L);
        JsonPath draft = Program.draftOf(Program.selectedNow(callId, Program.URBAN, 500_000_000L));

        FuzzReport report = OpenApiFuzzer.of(root)
                .caller(Roles.PROGRAM_OFFICER, Program.token(Roles.PROGRAM_OFFICER))
                .caller(Roles.VIEWER, Program.token(Roles.VIEWER))
                .pathValue("/api/v1/budgets/{budgetId}", draft.getString("budgetId"))
                .pathValue("/api/v1/calls/{callId}", callId)
                .database(database)
                .run();

        assertThat(report.requests()).isGreaterThanOrEqualTo(2000);
    }
}
