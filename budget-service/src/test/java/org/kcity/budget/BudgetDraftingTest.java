package org.kcity.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.kcity.budget.Program.DEMONSTRATION;
import static org.kcity.budget.Program.PATIENCE;
import static org.kcity.budget.Program.PLANNING;
import static org.kcity.budget.Program.URBAN;
import static org.kcity.budget.Program.officer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class BudgetDraftingTest {

    @Test
    void a_selected_project_gets_a_draft_with_one_line_of_its_requested_support() {
        String callId = Program.openCall(5_000_000_000L);
        UpstreamEvents.ProjectSelected project = Program.selectedNow(callId, URBAN, 550_000_000L);

        JsonPath draft = Program.draftOf(project);

        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertThat(draft.getString("callId")).isEqualTo(callId);
        assertThat(draft.getString("track")).isEqualTo("URBAN_DEVELOPMENT");
        assertThat(draft.getLong("total")).isEqualTo(550_000_000L);
        assertThat(draft.getList("lines")).hasSize(1);
        assertThat(draft.getString("lines[0].category")).isEqualTo("OTHER");
        assertThat(draft.getString("lines[0].description")).isNotBlank();
        assertThat(draft.getLong("lines[0].amount")).isEqualTo(550_000_000L);
        assertThat(draft.getBoolean("overdue")).isFalse();
    }

    @Test
    void the_first_line_is_the_requested_support_clamped_to_the_tracks_floor_and_cap() {
        String callId = Program.openCall(5_000_000_000L);

        assertThat(Program.draftOf(Program.selectedNow(callId, PLANNING, 150_000_000L)).getLong("total")).isEqualTo(200_000_000L);
        assertThat(Program.draftOf(Program.selectedNow(callId, PLANNING, 900_000_000L)).getLong("total")).isEqualTo(300_000_000L);
    }

    @Test
    void the_due_date_is_the_last_day_of_the_month_the_result_was_published_in() {
        String callId = Program.openCall(5_000_000_000L);

        JsonPath leapFebruary = Program.draftOf(Program.selected(callId, URBAN, 500_000_000L,
                OffsetDateTime.parse("2024-02-10T09:00:00Z")));
        JsonPath lateEveningWestOfUtc = Program.draftOf(Program.selected(callId, URBAN, 500_000_000L,
                OffsetDateTime.parse("2025-04-30T23:30:00-02:00")));

        assertThat(leapFebruary.getString("dueDate")).isEqualTo("2024-02-29");
        assertThat(lateEveningWestOfUtc.getString("dueDate")).isEqualTo("2025-05-31");
    }

    @Test
    void a_call_announced_again_keeps_its_latest_envelope_and_tracks() {
        String callId = Program.openCall(1_000_000_000L);

        UpstreamEvents.callOpened(Program.call(callId, 3_000_000_000L));

        await().atMost(PATIENCE).until(() -> Program.envelopeOf(callId).getLong("envelope") == 3_000_000_000L);
        JsonPath envelope = Program.envelopeOf(callId);
        assertThat(envelope.getList("tracks.track")).containsExactly("URBAN_DEVELOPMENT", "SOLUTION_PLANNING",
                "SOLUTION_DEMONSTRATION");
        assertThat(envelope.getLong("tracks[1].supportFloor")).isEqualTo(200_000_000L);
        assertThat(envelope.getLong("free")).isEqualTo(3_000_000_000L);
    }

    @Test
    void a_project_selected_before_its_call_is_known_still_gets_its_draft() {
        String unknownCall = Program.unique("call-not-yet-open");

        JsonPath draft = Program.draftOf(Program.selectedNow(unknownCall, DEMONSTRATION, 450_000_000L));

        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        officer().post(Program.BUDGETS + "/{id}/finalization", draft.getString("budgetId"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].code", equalTo("CALL_NOT_KNOWN"));
    }

    @Test
    void a_redelivered_or_repeated_selection_keeps_the_one_budget_as_it_is() {
        String callId = Program.openCall(5_000_000_000L);
        UpstreamEvents.ProjectSelected project = Program.selectedNow(callId, URBAN, 500_000_000L);
        String eventId = UUID.randomUUID().toString();
        UpstreamEvents.projectSelected(project, eventId);
        JsonPath draft = Program.awaitBudget(project.projectId());
        officer().contentType("application/json").header("If-Match", "\"" + draft.getLong("version") + "\"")
                .body(Lines.of(new Lines.Line("PERSONNEL", "Planners", 450_000_000L)))
                .put(Program.BUDGETS + "/{id}/lines", draft.getString("budgetId")).then().statusCode(200);

        UpstreamEvents.projectSelected(project, eventId);
        UpstreamEvents.projectSelected(project);
        UpstreamEvents.ProjectSelected marker = Program.selectedNow(callId, URBAN, 500_000_000L);
        UpstreamEvents.projectSelected(marker);
        Program.awaitBudget(marker.projectId());

        JsonPath after = Program.budgetsOfProject(project.projectId());
        assertThat(after.getInt("totalItems")).isEqualTo(1);
        assertThat(after.getLong("items[0].total")).isEqualTo(450_000_000L);
        assertThat(after.getString("items[0].budgetId")).isEqualTo(draft.getString("budgetId"));
    }

    @Test
    void a_revoked_draft_is_cancelled_releasing_nothing_and_the_promoted_reserve_gets_its_own_draft() {
        String callId = Program.openCall(5_000_000_000L);
        UpstreamEvents.ProjectSelected revokedProject = Program.selectedNow(callId, PLANNING, 250_000_000L);
        String revokedBudget = Program.draftOf(revokedProject).getString("budgetId");

        UpstreamEvents.selectionRevoked(new UpstreamEvents.SelectionRevoked(revokedProject.projectId(),
                revokedProject.applicationId(), callId, "SOLUTION_PLANNING", "VN", "Application withdrawn by the applicant",
                OffsetDateTime.now().toString()));
        UpstreamEvents.ProjectSelected reserve = Program.selectedNow(callId, PLANNING, 280_000_000L);
        UpstreamEvents.ProjectSelected promoted = new UpstreamEvents.ProjectSelected(reserve.projectId(), reserve.applicationId(),
                callId, 2026, reserve.track(), "TH", "ASEAN", "Bangkok", "Waste-to-energy plant plan", reserve.applicant(), null,
                reserve.requestedSupport(), reserve.supportFloor(), reserve.supportCap(), "81.25", 5, true,
                revokedProject.projectId(), reserve.selectedAt(), reserve.resultPublishedAt());
        JsonPath promotedDraft = Program.draftOf(promoted);

        await().atMost(PATIENCE).until(() -> "CANCELLED".equals(Program.budgetsOfProject(revokedProject.projectId())
                .getString("items[0].state")));
        JsonPath cancelled = Program.budgetsOfProject(revokedProject.projectId()).setRootPath("items[0]");
        assertThat(cancelled.getString("cancellationReason")).isEqualTo("Application withdrawn by the applicant");
        JsonNode event = Program.publishedData("kcity.budget.cancelled.v1", revokedProject.projectId());
        assertThat(event.get("budgetId").asText()).isEqualTo(revokedBudget);
        assertThat(event.get("releasedAmount").asLong()).isZero();

        assertThat(promotedDraft.getBoolean("promoted")).isTrue();
        assertThat(promotedDraft.getString("replacesProjectId")).isEqualTo(revokedProject.projectId());
        assertThat(promotedDraft.getString("state")).isEqualTo("DRAFT");
        assertThat(promotedDraft.getLong("total")).isEqualTo(280_000_000L);

        List<String> actions = officer().queryParam("targetType", "budget").queryParam("targetId", revokedBudget)
                .get("/api/v1/audit-trail").then().statusCode(200).extract().jsonPath().getList("items.action");
        assertThat(actions).containsExactly("budget.drafted", "budget.cancelled");
    }
}
