package org.kcity.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.kcity.budget.Program.DEMONSTRATION;
import static org.kcity.budget.Program.PATIENCE;
import static org.kcity.budget.Program.URBAN;
import static org.kcity.budget.Program.officer;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.PublishedEvent;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A revoked selection releases committed money only if its project never started: executor-service decides that
 * (it keeps a commenced project running and cancels any other), and this service follows its word.
 */
@QuarkusTest
class BudgetRevocationTest {

    private static final String CANCELLED = "kcity.budget.cancelled.v1";
    private static final Lines.Line PERSONNEL = new Lines.Line("PERSONNEL", "Urban planners", 500_000_000L);

    @Test
    void a_project_revoked_after_it_commenced_keeps_its_money_committed() {
        String callId = Program.openCall(1_000_000_000L);
        UpstreamEvents.ProjectSelected project = Program.selectedNow(callId, URBAN, 600_000_000L);
        Program.finalize(Program.draftOf(project)).then().statusCode(200);
        Program.commenced(project, "2026-08-01");
        await().atMost(PATIENCE).until(() -> "2026-08-01".equals(
                Program.budgetsOfProject(project.projectId()).getString("items[0].commencedOn")));

        Program.revoke(project, "Withdrawn after the project had started");

        JsonPath kept = Program.awaitState(project.projectId(), "TERMINATION_REQUIRED");
        assertThat(kept.getString("revocationReason")).isEqualTo("Withdrawn after the project had started");
        assertThat(kept.getString("cancelledAt")).isNull();
        assertThat(Program.envelopeOf(callId).getLong("committed")).isEqualTo(600_000_000L);
        assertNoCancellationPublishedFor(project);
        Program.replaceLines(kept, PERSONNEL).then().statusCode(409).body("errors[0].code", equalTo("SELECTION_REVOKED"));
        List<String> actions = officer().queryParam("targetType", "budget").queryParam("targetId", kept.getString("budgetId"))
                .get("/api/v1/audit-trail").then().statusCode(200).extract().jsonPath().getList("items.action");
        assertThat(actions).containsExactly("budget.drafted", "budget.finalized", "budget.project_commenced", "budget.revoked");
    }

    @Test
    void a_promoted_reserve_cannot_be_finalized_into_the_money_of_a_project_revoked_after_it_commenced() {
        String callId = Program.openCall(1_000_000_000L);
        UpstreamEvents.ProjectSelected started = Program.selectedNow(callId, URBAN, 600_000_000L);
        Program.finalize(Program.draftOf(started)).then().statusCode(200);
        Program.finalize(Program.draftOf(Program.selectedNow(callId, DEMONSTRATION, 400_000_000L))).then().statusCode(200);
        Program.commenced(started, "2026-08-01");
        Program.revoke(started, "Withdrawn after the project had started");
        Program.awaitState(started.projectId(), "TERMINATION_REQUIRED");

        UpstreamEvents.ProjectSelected reserve = Program.selectedNow(callId, URBAN, 500_000_000L);
        JsonPath promoted = Program.draftOf(Program.promoted(reserve, started, OffsetDateTime.now(ZoneOffset.UTC)));

        Program.finalize(promoted).then().statusCode(409).body("errors[0].code", equalTo("ENVELOPE_EXCEEDED"));
        JsonPath envelope = Program.envelopeOf(callId);
        assertThat(envelope.getLong("committed")).isEqualTo(1_000_000_000L);
        assertThat(envelope.getLong("free")).isZero();
    }

    @Test
    void a_revocation_that_overtakes_the_commencement_keeps_the_money_committed_until_the_executor_reports_it() {
        String callId = Program.openCall(1_000_000_000L);
        UpstreamEvents.ProjectSelected project = Program.selectedNow(callId, DEMONSTRATION, 500_000_000L);
        JsonPath budget = Program.draftOf(project);
        Program.finalize(budget).then().statusCode(200);

        Program.revoke(project, "Withdrawn on the day the project started");

        Program.awaitState(project.projectId(), "REVOCATION_PENDING");
        assertThat(Program.envelopeOf(callId).getLong("committed")).isEqualTo(500_000_000L);
        Program.adjust(budget, "Too late", new Lines.Line("DEMONSTRATION_OPERATION", "Operation", 450_000_000L))
                .then().statusCode(409).body("errors[0].code", equalTo("SELECTION_REVOKED"));
        Program.commenced(project, "2026-07-01");
        JsonPath kept = Program.awaitState(project.projectId(), "TERMINATION_REQUIRED");
        assertThat(kept.getString("commencedOn")).isEqualTo("2026-07-01");
        assertThat(Program.envelopeOf(callId).getLong("committed")).isEqualTo(500_000_000L);
        assertNoCancellationPublishedFor(project);
    }

    @Test
    void a_revoked_project_that_the_executor_cancelled_before_it_started_gives_its_money_back() {
        String callId = Program.openCall(1_000_000_000L);
        UpstreamEvents.ProjectSelected project = Program.selectedNow(callId, URBAN, 600_000_000L);
        Program.finalize(Program.draftOf(project)).then().statusCode(200);
        JsonPath waiting = Program.draftOf(Program.selectedNow(callId, URBAN, 500_000_000L));
        Program.finalize(waiting).then().statusCode(409);

        Program.revoke(project, "Withdrawn after publication");
        Program.awaitState(project.projectId(), "REVOCATION_PENDING");
        Program.cancelledByExecutor(project, "Withdrawn after publication");

        JsonPath cancelled = Program.awaitState(project.projectId(), "CANCELLED");
        assertThat(cancelled.getString("cancellationReason")).isEqualTo("Withdrawn after publication");
        JsonNode event = Program.publishedData(CANCELLED, project.projectId());
        assertThat(event.get("releasedAmount").asLong()).isEqualTo(600_000_000L);
        assertThat(event.get("reason").asText()).isEqualTo("Withdrawn after publication");
        assertThat(Program.envelopeOf(callId).getLong("committed")).isZero();
        Program.replaceLines(cancelled, PERSONNEL).then().statusCode(409).body("errors[0].code", equalTo("BUDGET_CANCELLED"));
        Program.finalize(waiting).then().statusCode(200);
        assertThat(Program.envelopeOf(callId).getLong("committed")).isEqualTo(500_000_000L);
    }

    @Test
    void a_project_cancellation_that_overtakes_its_revocation_waits_for_it_and_is_applied_once() {
        String callId = Program.openCall(1_000_000_000L);
        UpstreamEvents.ProjectSelected project = Program.selectedNow(callId, URBAN, 600_000_000L);
        Program.finalize(Program.draftOf(project)).then().statusCode(200);

        Program.cancelledByExecutor(project, "Withdrawn after publication");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                "FINALIZED".equals(Program.budgetsOfProject(project.projectId()).getString("items[0].state")));
        Program.revoke(project, "Withdrawn after publication");

        Program.awaitState(project.projectId(), "CANCELLED");
        assertThat(Program.envelopeOf(callId).getLong("committed")).isZero();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                EventLog.read("kcity.budget").stream().filter(EventLog.ofType(CANCELLED, project.projectId())).count() == 1);
        assertThat(EventLog.read(UpstreamEvents.EXECUTORS + ".dlq")).extracting(PublishedEvent::key)
                .doesNotContain(project.projectId());
    }

    private static void assertNoCancellationPublishedFor(UpstreamEvents.ProjectSelected project) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                EventLog.read("kcity.budget").stream().noneMatch(EventLog.ofType(CANCELLED, project.projectId())));
    }
}
