package org.kcity.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.kcity.budget.Program.BUDGETS;
import static org.kcity.budget.Program.DEMONSTRATION;
import static org.kcity.budget.Program.PATIENCE;
import static org.kcity.budget.Program.PLANNING;
import static org.kcity.budget.Program.URBAN;
import static org.kcity.budget.Program.officer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class BudgetFinalizationTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Lines.Line PERSONNEL = new Lines.Line("PERSONNEL", "Urban planners, 12 person-months", 300_000_000L);
    private static final Lines.Line CONSULTING = new Lines.Line("CONSULTING", "Feasibility study", 180_000_000L);

    @Test
    void lines_of_a_draft_are_replaced_only_with_its_current_etag() {
        JsonPath draft = Program.draftOf(Program.selectedNow(Program.openCall(5_000_000_000L), URBAN, 500_000_000L));
        String budgetId = draft.getString("budgetId");

        officer().contentType(ContentType.JSON).body(Lines.of(PERSONNEL)).put(BUDGETS + "/{id}/lines", budgetId)
                .then().statusCode(428).contentType(PROBLEM);
        officer().contentType(ContentType.JSON).body(Lines.of(PERSONNEL)).header("If-Match", "\"99\"")
                .put(BUDGETS + "/{id}/lines", budgetId)
                .then().statusCode(412).contentType(PROBLEM);
        JsonPath edited = Program.replaceLines(draft, PERSONNEL, CONSULTING).then().statusCode(200)
                .header("ETag", "\"" + (draft.getLong("version") + 1) + "\"").extract().jsonPath();

        assertThat(edited.getLong("total")).isEqualTo(480_000_000L);
        assertThat(edited.getList("lines.category")).containsExactly("PERSONNEL", "CONSULTING");
        Program.replaceLines(draft, PERSONNEL).then().statusCode(412);
        officer().get(BUDGETS + "/{id}", budgetId).then().statusCode(200)
                .header("ETag", "\"" + edited.getLong("version") + "\"").body("total", equalTo(480_000_000));
    }

    @Test
    void a_finalized_budget_is_published_and_read_only() {
        String callId = Program.openCall(5_000_000_000L);
        JsonPath draft = Program.draftOf(Program.selectedNow(callId, URBAN, 500_000_000L));
        JsonPath edited = Program.replaceLines(draft, PERSONNEL, CONSULTING).then().statusCode(200).extract().jsonPath();

        JsonPath finalized = Program.finalize(edited).then().statusCode(200).extract().jsonPath();

        assertThat(finalized.getString("state")).isEqualTo("FINALIZED");
        assertThat(finalized.getLong("finalizedTotal")).isEqualTo(480_000_000L);
        assertThat(finalized.getBoolean("overdue")).isFalse();
        JsonNode event = Program.publishedData("kcity.budget.finalized.v1", draft.getString("projectId"));
        assertThat(event.get("budgetId").asText()).isEqualTo(draft.getString("budgetId"));
        assertThat(event.get("callId").asText()).isEqualTo(callId);
        assertThat(event.get("total").asLong()).isEqualTo(480_000_000L);
        assertThat(event.get("lines").size()).isEqualTo(2);
        assertThat(event.get("dueDate").asText()).isEqualTo(draft.getString("dueDate"));
        assertThat(event.get("overdue").asBoolean()).isFalse();

        Program.replaceLines(finalized, PERSONNEL).then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].code", equalTo("BUDGET_NOT_DRAFT"));
        Program.finalize(finalized).then().statusCode(409).body("errors[0].code", equalTo("BUDGET_NOT_DRAFT"));
        assertThat(Program.envelopeOf(callId).getLong("committed")).isEqualTo(480_000_000L);
        List<String> actions = officer().queryParam("targetType", "budget").queryParam("targetId", draft.getString("budgetId"))
                .get("/api/v1/audit-trail").then().statusCode(200).extract().jsonPath().getList("items.action");
        assertThat(actions).containsExactly("budget.drafted", "budget.lines_replaced", "budget.finalized");
    }

    @Test
    void a_total_outside_the_tracks_floor_or_cap_is_422_naming_the_rule() {
        String callId = Program.openCall(5_000_000_000L);
        JsonPath tooSmall = Program.draftOf(Program.selectedNow(callId, PLANNING, 250_000_000L));
        JsonPath tooLarge = Program.draftOf(Program.selectedNow(callId, PLANNING, 250_000_000L));

        Program.finalize(Program.replaceLines(tooSmall, new Lines.Line("TRAVEL", "Site visits", 199_999_999L))
                .then().statusCode(200).extract().jsonPath())
                .then().statusCode(422).contentType(PROBLEM).body("errors.code", containsInAnyOrder("TOTAL_BELOW_FLOOR"));
        Program.finalize(Program.replaceLines(tooLarge, PERSONNEL, new Lines.Line("TRAVEL", "Site visits", 1L))
                .then().statusCode(200).extract().jsonPath())
                .then().statusCode(422).contentType(PROBLEM).body("errors.code", containsInAnyOrder("TOTAL_ABOVE_CAP"));

        assertThat(Program.budgetsOfProject(tooSmall.getString("projectId")).getString("items[0].state")).isEqualTo("DRAFT");
        assertThat(Program.envelopeOf(callId).getLong("committed")).isZero();
    }

    @Test
    void a_budget_that_does_not_fit_in_the_free_envelope_is_409_and_commits_nothing() {
        String callId = Program.openCall(1_000_000_000L);
        JsonPath first = Program.draftOf(Program.selectedNow(callId, URBAN, 600_000_000L));
        JsonPath second = Program.draftOf(Program.selectedNow(callId, DEMONSTRATION, 500_000_000L));

        Program.finalize(first).then().statusCode(200);
        Program.finalize(second).then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].code", equalTo("ENVELOPE_EXCEEDED"));

        JsonPath envelope = Program.envelopeOf(callId);
        assertThat(envelope.getLong("envelope")).isEqualTo(1_000_000_000L);
        assertThat(envelope.getLong("committed")).isEqualTo(600_000_000L);
        assertThat(envelope.getLong("free")).isEqualTo(400_000_000L);
        assertThat(envelope.getLong("tracks.find { it.track == 'URBAN_DEVELOPMENT' }.committed")).isEqualTo(600_000_000L);
        assertThat(envelope.getLong("tracks.find { it.track == 'SOLUTION_DEMONSTRATION' }.committed")).isZero();
        assertThat(Program.budgetsOfProject(second.getString("projectId")).getString("items[0].state")).isEqualTo("DRAFT");
    }

    @Test
    void a_late_finalization_is_marked_overdue_and_overdue_drafts_are_listed_until_finalized() {
        String callId = Program.openCall(5_000_000_000L);
        JsonPath late = Program.draftOf(Program.selected(callId, URBAN, 500_000_000L, OffsetDateTime.parse("2025-03-10T09:00:00Z")));
        JsonPath onTime = Program.draftOf(Program.selectedNow(callId, URBAN, 500_000_000L));

        assertThat(late.getBoolean("overdue")).isTrue();
        officer().queryParam("callId", callId).get(BUDGETS + "/overdue-drafts").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].budgetId", equalTo(late.getString("budgetId")))
                .body("items[0].dueDate", equalTo("2025-03-31"));

        Program.finalize(late).then().statusCode(200).body("overdue", equalTo(true))
                .body("finalizedAt", startsWith(LocalDate.now(ZoneOffset.UTC).toString()));
        Program.finalize(onTime).then().statusCode(200).body("overdue", equalTo(false));

        JsonNode event = Program.publishedData("kcity.budget.finalized.v1", late.getString("projectId"));
        assertThat(event.get("overdue").asBoolean()).isTrue();
        assertThat(event.get("dueDate").asText()).isEqualTo("2025-03-31");
        officer().queryParam("callId", callId).get(BUDGETS + "/overdue-drafts").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void a_finalized_demonstration_is_adjusted_down_with_a_note_and_published() {
        String callId = Program.openCall(5_000_000_000L);
        JsonPath budget = Program.draftOf(Program.selectedNow(callId, DEMONSTRATION, 550_000_000L));
        Program.finalize(budget).then().statusCode(200);

        JsonPath adjusted = Program.adjust(budget, "Equipment lease agreed with the company instead of a purchase",
                new Lines.Line("EQUIPMENT", "Sensor lease", 120_000_000L),
                new Lines.Line("DEMONSTRATION_OPERATION", "Six months of operation", 400_000_000L))
                .then().statusCode(200).extract().jsonPath();

        assertThat(adjusted.getString("state")).isEqualTo("ADJUSTED");
        assertThat(adjusted.getLong("total")).isEqualTo(520_000_000L);
        assertThat(adjusted.getLong("finalizedTotal")).isEqualTo(550_000_000L);
        assertThat(Program.envelopeOf(callId).getLong("committed")).isEqualTo(520_000_000L);
        JsonNode event = Program.publishedData("kcity.budget.adjusted.v1", budget.getString("projectId"));
        assertThat(event.get("previousTotal").asLong()).isEqualTo(550_000_000L);
        assertThat(event.get("total").asLong()).isEqualTo(520_000_000L);
        assertThat(event.get("note").asText()).startsWith("Equipment lease");
        assertThat(event.get("lines").size()).isEqualTo(2);

        Program.adjust(adjusted, "Once more", new Lines.Line("OTHER", "Less", 500_000_000L))
                .then().statusCode(409).body("errors[0].code", equalTo("BUDGET_NOT_FINALIZED"));
    }

    @Test
    void an_adjustment_keeping_the_total_is_accepted() {
        JsonPath budget = Program.draftOf(Program.selectedNow(Program.openCall(5_000_000_000L), DEMONSTRATION, 500_000_000L));
        Program.finalize(budget).then().statusCode(200);

        Program.adjust(budget, "Agreed as finalized", new Lines.Line("DEMONSTRATION_OPERATION", "Operation", 500_000_000L))
                .then().statusCode(200).body("state", equalTo("ADJUSTED")).body("total", equalTo(500_000_000));
    }

    @Test
    void an_adjustment_never_raises_the_total_needs_a_note_and_applies_only_to_finalized_demonstrations() {
        String callId = Program.openCall(5_000_000_000L);
        JsonPath demonstration = Program.draftOf(Program.selectedNow(callId, DEMONSTRATION, 500_000_000L));
        JsonPath planning = Program.draftOf(Program.selectedNow(callId, PLANNING, 250_000_000L));
        Lines.Line less = new Lines.Line("DEMONSTRATION_OPERATION", "Operation", 450_000_000L);

        Program.adjust(demonstration, "Too early", less).then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].code", equalTo("BUDGET_NOT_FINALIZED"));
        Program.finalize(demonstration).then().statusCode(200);
        Program.adjust(demonstration, "More money", new Lines.Line("DEMONSTRATION_OPERATION", "Operation", 500_000_001L))
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].code", equalTo("TOTAL_ABOVE_FINALIZED"));
        Program.adjust(demonstration, " ", less).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("note"));
        Program.finalize(planning).then().statusCode(200);
        Program.adjust(planning, "Planning is not adjusted", new Lines.Line("CONSULTING", "Study", 200_000_000L))
                .then().statusCode(409).contentType(PROBLEM).body("errors[0].code", equalTo("NOT_A_DEMONSTRATION"));

        assertThat(Program.budgetsOfProject(demonstration.getString("projectId")).getString("items[0].state")).isEqualTo("FINALIZED");
    }
}
