package org.kcity.executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.kcity.executors.Api.PATIENCE;
import static org.kcity.executors.Api.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.EventContracts;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.PublishedEvent;
import org.kcity.deploy.testing.TestClock;
import org.kcity.executors.event.ExecutorAppointed;
import org.kcity.executors.event.ProjectCancelled;
import org.kcity.executors.event.ProjectCommenced;
import org.kcity.executors.event.ProjectScheduled;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DemonstrationAndCancellationTest {

    static final String EXECUTORS = "kcity.executors";

    private TestClock clock;

    @BeforeEach
    void time_moves_when_the_test_moves_it() {
        clock = Api.movableProgramClock();
    }

    @Test
    void an_adjusted_demonstration_budget_appoints_the_applicant_company_which_starts_on_1_july_once() {
        Upstream.ProjectSelected project = Upstream.projectSelected("SOLUTION_DEMONSTRATION", "VN", 2099);
        Upstream.budgetFinalized(project, 600_000_000L);
        Upstream.budgetAdjusted(project, 600_000_000L, 480_000_000L);

        PublishedEvent appointed = EventContracts.assertHonoursContract(
                EventLog.await(EXECUTORS, EventLog.ofType(ExecutorAppointed.TYPE, project.projectId()), PATIENCE));
        assertThat(appointed.data().get("method").asText()).isEqualTo("DEMONSTRATION_APPLICANT");
        assertThat(appointed.data().get("contractAmount").asLong()).isEqualTo(480_000_000L);
        assertThat(appointed.data().get("tenderId").isNull()).isTrue();
        assertThat(appointed.data().at("/executor/organizationId").asText()).isEqualTo(project.applicant().organizationId());
        assertThat(appointed.data().at("/executor/name").asText()).isEqualTo(project.applicant().name());
        PublishedEvent scheduled = EventContracts.assertHonoursContract(
                EventLog.await(EXECUTORS, EventLog.ofType(ProjectScheduled.TYPE, project.projectId()), PATIENCE));
        assertThat(scheduled.data().get("startDate").asText()).isEqualTo("2099-07-01");
        Api.project(project.projectId()).statusCode(200).body("status", is("SCHEDULED"), "tenderId", nullValue(),
                "contractAmount", is(480_000_000), "startDate", is("2099-07-01"));

        Upstream.budgetAdjusted(project, 480_000_000L, 450_000_000L);
        clock.advanceTo(OffsetDateTime.parse("2099-07-01T00:00:00+09:00").toInstant());
        PublishedEvent commenced = EventContracts.assertHonoursContract(
                EventLog.await(EXECUTORS, EventLog.ofType(ProjectCommenced.TYPE, project.projectId()), PATIENCE));
        assertThat(commenced.data().get("startDate").asText()).isEqualTo("2099-07-01");
        Api.project(project.projectId()).body("status", is("COMMENCED"), "contractAmount", is(480_000_000));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> EventLog.read(EXECUTORS).stream()
                .filter(event -> project.projectId().equals(event.subject())).count() == 3);
    }

    @Test
    void budget_events_that_overtake_their_project_wait_and_are_applied_when_it_arrives_without_dead_letters() {
        Upstream.ProjectSelected planning = Upstream.newProject("SOLUTION_PLANNING", "LA", 2099);
        Upstream.ProjectSelected demonstration = Upstream.newProject("SOLUTION_DEMONSTRATION", "LA", 2099);
        Upstream.budgetFinalized(planning, 250_000_000L);
        Upstream.budgetAdjusted(demonstration, 500_000_000L, 450_000_000L);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Api.project(planning.projectId()).statusCode(404);
            Api.project(demonstration.projectId()).statusCode(404);
        });

        Upstream.select(planning);
        Upstream.select(demonstration);
        String tenderId = Api.awaitTender(planning.projectId());
        as(Tokens.officer()).get("/api/v1/tenders/{id}", tenderId).then().statusCode(200)
                .body("status", is("DRAFT"), "budgetCeiling", is(250_000_000));
        PublishedEvent appointed = EventLog.await(EXECUTORS,
                EventLog.ofType(ExecutorAppointed.TYPE, demonstration.projectId()), PATIENCE);
        assertThat(appointed.data().get("contractAmount").asLong()).isEqualTo(450_000_000L);
        assertThat(EventLog.read(Upstream.BUDGET_TOPIC + ".dlq")).extracting(PublishedEvent::key)
                .doesNotContain(planning.projectId(), demonstration.projectId());
    }

    @Test
    void a_cancelled_budget_cancels_the_open_tender_and_bids_are_no_longer_taken() {
        Upstream.ProjectSelected project = Upstream.projectSelected("URBAN_DEVELOPMENT", "KH", 2099);
        Upstream.budgetFinalized(project, 500_000_000L);
        String tenderId = Api.awaitTender(project.projectId());
        Api.open(tenderId, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(7)).statusCode(200);
        String bidder = Tokens.bidder(Upstream.unique("kr-theta"));
        Api.bid(tenderId, bidder, "Theta Planning", 450_000_000L).statusCode(201);

        Upstream.budgetCancelled(project, "Selection revoked: the applicant withdrew");
        PublishedEvent cancelled = EventContracts.assertHonoursContract(
                EventLog.await(EXECUTORS, EventLog.ofType(ProjectCancelled.TYPE, project.projectId()), PATIENCE));
        assertThat(cancelled.data().get("tenderId").asText()).isEqualTo(tenderId);
        assertThat(cancelled.data().get("reason").asText()).isEqualTo("Selection revoked: the applicant withdrew");
        as(Tokens.officer()).get("/api/v1/tenders/{id}", tenderId).then().body("status", is("CANCELLED"));
        Api.project(project.projectId()).body("status", is("CANCELLED"));
        Api.bid(tenderId, Tokens.bidder(Upstream.unique("kr-iota")), "Iota", 400_000_000L).statusCode(404);
    }

    @Test
    void a_cancelled_budget_cancels_a_scheduled_project_once_but_never_a_commenced_one() {
        Upstream.ProjectSelected scheduled = Upstream.projectSelected("SOLUTION_DEMONSTRATION", "UZ", 2099);
        Upstream.ProjectSelected started = Upstream.projectSelected("SOLUTION_DEMONSTRATION", "UZ", 2020);
        Upstream.budgetAdjusted(scheduled, 500_000_000L, 500_000_000L);
        Upstream.budgetAdjusted(started, 500_000_000L, 500_000_000L);
        EventLog.await(EXECUTORS, EventLog.ofType(ProjectScheduled.TYPE, scheduled.projectId()), PATIENCE);
        EventLog.await(EXECUTORS, EventLog.ofType(ProjectScheduled.TYPE, started.projectId()), PATIENCE);
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul")).plusDays(1);
        Api.project(started.projectId()).body("startDate", is(tomorrow.toString()));
        clock.advance(Duration.ofDays(2));
        EventLog.await(EXECUTORS, EventLog.ofType(ProjectCommenced.TYPE, started.projectId()), PATIENCE);

        Upstream.budgetCancelled(started, "Revoked too late");
        Upstream.budgetCancelled(scheduled, "Revoked");
        Upstream.budgetCancelled(scheduled, "Revoked again");
        PublishedEvent cancelled = EventContracts.assertHonoursContract(
                EventLog.await(EXECUTORS, EventLog.ofType(ProjectCancelled.TYPE, scheduled.projectId()), PATIENCE));
        assertThat(cancelled.data().get("tenderId").isNull()).isTrue();
        Api.project(scheduled.projectId()).body("status", is("CANCELLED"), "cancellationReason", is("Revoked"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(EventLog.read(EXECUTORS).stream()
                    .filter(EventLog.ofType(ProjectCancelled.TYPE, scheduled.projectId())).count()).isEqualTo(1);
            assertThat(EventLog.read(EXECUTORS).stream()
                    .filter(EventLog.ofType(ProjectCancelled.TYPE, started.projectId())).count()).isZero();
        });
        Api.project(started.projectId()).body("status", is("COMMENCED"));
    }

    @Test
    void a_project_revoked_after_it_commenced_keeps_running_and_its_audit_trail_records_the_revocation() {
        Upstream.ProjectSelected started = Upstream.projectSelected("SOLUTION_DEMONSTRATION", "KZ", 2020);
        Upstream.budgetAdjusted(started, 500_000_000L, 500_000_000L);
        EventLog.await(EXECUTORS, EventLog.ofType(ProjectScheduled.TYPE, started.projectId()), PATIENCE);
        clock.advance(Duration.ofDays(2));
        EventLog.await(EXECUTORS, EventLog.ofType(ProjectCommenced.TYPE, started.projectId()), PATIENCE);

        Upstream.selectionRevoked(started, "Withdrawn after the project had started");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(as(Tokens.officer()).queryParam("targetType", "project")
                .queryParam("targetId", started.projectId()).get("/api/v1/audit-trail").then().statusCode(200)
                .extract().jsonPath().getList("items.action")).contains("project.revoked_after_commencement"));
        Api.project(started.projectId()).body("status", is("COMMENCED"), "cancelledAt", nullValue());
        assertThat(EventLog.read(EXECUTORS).stream()
                .filter(EventLog.ofType(ProjectCancelled.TYPE, started.projectId())).count()).isZero();
    }

    @Test
    void a_revoked_selection_cancels_the_project_before_any_tender_is_drafted() {
        Upstream.ProjectSelected project = Upstream.projectSelected("URBAN_DEVELOPMENT", "MM", 2099);
        Upstream.selectionRevoked(project, "Application withdrawn after publication");
        PublishedEvent cancelled = EventContracts.assertHonoursContract(
                EventLog.await(EXECUTORS, EventLog.ofType(ProjectCancelled.TYPE, project.projectId()), PATIENCE));
        assertThat(cancelled.data().get("reason").asText()).isEqualTo("Application withdrawn after publication");

        Upstream.budgetFinalized(project, 500_000_000L);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                Api.project(project.projectId()).body("status", is("CANCELLED"), "tenderId", nullValue()));
    }
}
