package org.kcity.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.kcity.budget.Program.BUDGETS;
import static org.kcity.budget.Program.URBAN;
import static org.kcity.budget.Program.as;
import static org.kcity.budget.Program.officer;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kcity.platform.security.Roles;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class BudgetAccessTest {

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> NOT_OFFICERS = List.of(Roles.VIEWER, Roles.APPLICANT, Roles.EVALUATOR,
            Roles.OVERSEAS_OFFICIAL, Roles.BIDDER);

    @Test
    void only_program_officers_read_or_change_budgets() {
        String callId = Program.openCall(5_000_000_000L);
        JsonPath draft = Program.draftOf(Program.selectedNow(callId, URBAN, 500_000_000L));
        String budgetId = draft.getString("budgetId");

        for (String role : NOT_OFFICERS) {
            as(role).queryParam("callId", callId).get(BUDGETS).then().statusCode(403).contentType(PROBLEM);
            as(role).get(BUDGETS + "/{id}", budgetId).then().statusCode(403).contentType(PROBLEM);
            as(role).get(BUDGETS + "/overdue-drafts").then().statusCode(403).contentType(PROBLEM);
            as(role).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Lines.of(new Lines.Line("OTHER", "x", 1L))).put(BUDGETS + "/{id}/lines", budgetId)
                    .then().statusCode(403).contentType(PROBLEM);
            as(role).post(BUDGETS + "/{id}/finalization", budgetId).then().statusCode(403).contentType(PROBLEM);
            as(role).contentType(ContentType.JSON).body(new Lines.Adjustment(List.of(new Lines.Line("OTHER", "x", 1L)), "n"))
                    .post(BUDGETS + "/{id}/adjustment", budgetId).then().statusCode(403).contentType(PROBLEM);
            as(role).get("/api/v1/audit-trail").then().statusCode(403);
        }
        given().get(BUDGETS).then().statusCode(401).contentType(PROBLEM);
        given().post(BUDGETS + "/{id}/finalization", budgetId).then().statusCode(401).contentType(PROBLEM);
        officer().get(BUDGETS + "/{id}", budgetId).then().statusCode(200).body("state", equalTo("DRAFT"));
    }

    @Test
    void viewers_read_a_calls_envelope_figures_and_other_roles_do_not() {
        String callId = Program.openCall(2_000_000_000L);
        Program.finalize(Program.draftOf(Program.selectedNow(callId, URBAN, 500_000_000L))).then().statusCode(200);

        as(Roles.VIEWER).get("/api/v1/calls/{id}/envelope", callId).then().statusCode(200)
                .body("envelope", equalTo(2_000_000_000)).body("committed", equalTo(500_000_000))
                .body("free", equalTo(1_500_000_000))
                .body("tracks.track", hasItems("URBAN_DEVELOPMENT", "SOLUTION_PLANNING", "SOLUTION_DEMONSTRATION"));
        for (String role : List.of(Roles.APPLICANT, Roles.EVALUATOR, Roles.OVERSEAS_OFFICIAL, Roles.BIDDER)) {
            as(role).get("/api/v1/calls/{id}/envelope", callId).then().statusCode(403).contentType(PROBLEM);
        }
        given().get("/api/v1/calls/{id}/envelope", callId).then().statusCode(401);
        as(Roles.VIEWER).get("/api/v1/calls/{id}/envelope", Program.unique("no-such-call")).then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void bad_list_parameters_are_400_problems_naming_the_parameter() {
        officer().queryParam("page", -1).get(BUDGETS).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("page"));
        officer().queryParam("size", 0).get(BUDGETS).then().statusCode(400).body("errors.field", hasItems("size"));
        officer().queryParam("size", 101).get(BUDGETS + "/overdue-drafts").then().statusCode(400)
                .body("errors.field", hasItems("size"));
        officer().queryParam("track", "SPACE_TRAVEL").get(BUDGETS).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("track"), "errors.message", hasItems(containsString("URBAN_DEVELOPMENT")));
        officer().queryParam("state", "LOST").get(BUDGETS).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("state"), "errors.message", hasItems(containsString("FINALIZED")));
    }

    @Test
    void bad_budget_bodies_are_400_problems_listing_every_fault() {
        JsonPath draft = Program.draftOf(Program.selectedNow(Program.openCall(5_000_000_000L), URBAN, 500_000_000L));
        String budgetId = draft.getString("budgetId");
        String ifMatch = "\"" + draft.getLong("version") + "\"";

        officer().contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body("{\"lines\":[{\"category\":\"OTHER\",\"description\":\"\",\"amount\":0},{\"category\":null,\"amount\":-5}]}")
                .put(BUDGETS + "/{id}/lines", budgetId).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("lines[0].description", "lines[0].amount", "lines[1].category",
                        "lines[1].description", "lines[1].amount"));
        officer().contentType(ContentType.JSON).header("If-Match", ifMatch).body("{\"lines\":[]}")
                .put(BUDGETS + "/{id}/lines", budgetId).then().statusCode(400).body("errors.field", hasItems("lines"));
        officer().contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body("{\"lines\":[{\"category\":\"YACHT\",\"description\":\"x\",\"amount\":1}]}")
                .put(BUDGETS + "/{id}/lines", budgetId).then().statusCode(400).contentType(PROBLEM);
        officer().contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body("{\"lines\":[{\"category\":\"OTHER\",\"description\":\"x\",\"amount\":1.5}]}")
                .put(BUDGETS + "/{id}/lines", budgetId).then().statusCode(400).contentType(PROBLEM);
        officer().contentType(ContentType.JSON).header("If-Match", ifMatch).body("{\"lines\": [")
                .put(BUDGETS + "/{id}/lines", budgetId).then().statusCode(400).contentType(PROBLEM);
        officer().contentType(ContentType.JSON).header("If-Match", ifMatch)
                .put(BUDGETS + "/{id}/lines", budgetId).then().statusCode(400).contentType(PROBLEM);
        officer().contentType(ContentType.JSON).body("{\"lines\":[{\"category\":\"OTHER\",\"description\":\"x\",\"amount\":1}]}")
                .post(BUDGETS + "/{id}/adjustment", budgetId).then().statusCode(400).body("errors.field", hasItems("note"));

        officer().get(BUDGETS + "/{id}", budgetId).then().statusCode(200)
                .body("version", equalTo(draft.getInt("version"))).body("total", equalTo(500_000_000));
    }

    @Test
    void an_unknown_budget_is_404_problem() {
        officer().get(BUDGETS + "/{id}", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        officer().get(BUDGETS + "/{id}", "not-a-budget-id").then().statusCode(404).contentType(PROBLEM);
        officer().post(BUDGETS + "/{id}/finalization", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }
}
