package org.kcity.executors;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.kcity.executors.Api.as;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Tenders and projects are listed the way every list of the program is: one page envelope, filtered by call. */
@QuarkusTest
class ListingTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void projects_answer_a_page_with_its_total_and_filter_by_call_track_and_status() {
        Upstream.ProjectSelected planning = Upstream.projectSelected("SOLUTION_PLANNING", "KE", 2099);
        Upstream.ProjectSelected urban = Upstream.projectSelected("URBAN_DEVELOPMENT", "KE", 2099);
        Upstream.budgetFinalized(planning, 300_000_000L);
        Api.awaitTender(planning.projectId());
        String officer = Tokens.officer();

        as(officer).queryParam("callId", planning.callId()).get("/api/v1/projects").then().statusCode(200)
                .body("items.id", contains(planning.projectId()), "page", is(0), "size", is(20), "totalItems", is(1));
        as(officer).queryParam("callId", planning.callId()).queryParam("status", "AWAITING_EXECUTOR").get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains(planning.projectId()), "totalItems", is(1));
        as(officer).queryParam("callId", planning.callId()).queryParam("status", "COMMENCED").get("/api/v1/projects")
                .then().statusCode(200).body("items", empty(), "totalItems", is(0));
        as(officer).queryParam("callId", urban.callId()).queryParam("track", "SOLUTION_PLANNING").get("/api/v1/projects")
                .then().statusCode(200).body("items", empty(), "totalItems", is(0));
        as(officer).queryParam("track", "URBAN_DEVELOPMENT").queryParam("size", 1).queryParam("page", 0)
                .get("/api/v1/projects").then().statusCode(200)
                .body("items", hasSize(1), "items.track", everyItem(is("URBAN_DEVELOPMENT")), "size", is(1),
                        "totalItems", greaterThanOrEqualTo(1));
    }

    @Test
    void tenders_answer_a_page_with_its_total_and_filter_by_call_project_track_and_status() {
        Upstream.ProjectSelected planning = Upstream.projectSelected("SOLUTION_PLANNING", "UG", 2099);
        Upstream.budgetFinalized(planning, 300_000_000L);
        String tenderId = Api.awaitTender(planning.projectId());
        String officer = Tokens.officer();

        as(officer).queryParam("callId", planning.callId()).get("/api/v1/tenders").then().statusCode(200)
                .body("items.id", contains(tenderId), "page", is(0), "size", is(20), "totalItems", is(1));
        as(officer).queryParam("projectId", planning.projectId()).queryParam("status", "DRAFT").get("/api/v1/tenders")
                .then().statusCode(200).body("items.id", contains(tenderId), "totalItems", is(1));
        as(officer).queryParam("callId", planning.callId()).queryParam("status", "OPEN").get("/api/v1/tenders")
                .then().statusCode(200).body("items", empty(), "totalItems", is(0));
        as(officer).queryParam("callId", planning.callId()).queryParam("track", "URBAN_DEVELOPMENT").get("/api/v1/tenders")
                .then().statusCode(200).body("items", empty(), "totalItems", is(0));
        as(officer).queryParam("callId", planning.callId()).queryParam("track", "SOLUTION_PLANNING").get("/api/v1/tenders")
                .then().statusCode(200).body("items.id", contains(tenderId));
    }

    @Test
    void a_filter_value_that_names_nothing_is_a_bad_request_naming_the_parameter_and_its_values() {
        String officer = Tokens.officer();
        as(officer).queryParam("track", "SPACE_PROGRAM").get("/api/v1/projects").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("track"), "errors[0].message", containsString("URBAN_DEVELOPMENT"));
        as(officer).queryParam("status", "LOST").get("/api/v1/tenders").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("status"), "errors[0].message", containsString("AWARDED"));
    }
}
