package org.kcity.executors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.kcity.executors.Api.as;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.TestClock;
import org.kcity.platform.security.Roles;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccessRulesTest {

    private TestClock clock;

    @BeforeEach
    void time_moves_when_the_test_moves_it() {
        clock = Api.movableProgramClock();
    }

    @Test
    void every_endpoint_needs_a_token_and_a_role_that_may_use_it() {
        given().get("/api/v1/tenders").then().statusCode(401);
        given().get("/api/v1/projects").then().statusCode(401);
        for (String role : new String[] { Roles.VIEWER, Roles.APPLICANT }) {
            as(Tokens.of(role)).get("/api/v1/tenders").then().statusCode(403);
            as(Tokens.of(role)).get("/api/v1/projects").then().statusCode(403);
            as(Tokens.of(role)).get("/api/v1/conflict-declarations").then().statusCode(403);
        }
        String tenderId = "00000000-0000-0000-0000-000000000001";
        String bidder = Tokens.bidder(Upstream.unique("kr-bidder"));
        String evaluator = Tokens.evaluator(Upstream.unique("expert"));
        as(bidder).body(Map.of("scope", "x", "bidDeadline", "2099-01-01T00:00:00Z"))
                .post("/api/v1/tenders/{id}/open", tenderId).then().statusCode(403);
        as(evaluator).body(Map.of("scope", "x", "bidDeadline", "2099-01-01T00:00:00Z"))
                .post("/api/v1/tenders/{id}/open", tenderId).then().statusCode(403);
        as(bidder).post("/api/v1/tenders/{id}/award", tenderId).then().statusCode(403);
        as(Tokens.official(Upstream.unique("official"), "VN")).post("/api/v1/tenders/{id}/award", tenderId).then().statusCode(403);
        as(bidder).get("/api/v1/tenders/{id}/score-table", tenderId).then().statusCode(403);
        as(evaluator).get("/api/v1/tenders/{id}/score-table", tenderId).then().statusCode(403);
        as(bidder).get("/api/v1/tenders/{id}/committee", tenderId).then().statusCode(403);
        as(evaluator).body(Map.of("subject", "x", "name", "x", "kind", "EXPERT"))
                .post("/api/v1/tenders/{id}/committee/members", tenderId).then().statusCode(403);
        as(Tokens.officer()).body(Api.bidRequest("Officer Ltd", 1L)).post("/api/v1/tenders/{id}/bids", tenderId)
                .then().statusCode(403);
        as(bidder).body(Map.of("score", 50)).put("/api/v1/tenders/{t}/bids/{b}/technical-scores/mine", tenderId, tenderId)
                .then().statusCode(403);
        as(bidder).get("/api/v1/projects").then().statusCode(403);
    }

    @Test
    void overseas_officials_see_and_score_only_tenders_and_projects_of_their_own_country() {
        Upstream.ProjectSelected project = Upstream.projectSelected("SOLUTION_PLANNING", "NP", 2099);
        Upstream.budgetFinalized(project, 300_000_000L);
        String tenderId = Api.awaitTender(project.projectId());
        Api.open(tenderId, now().plusHours(1)).statusCode(200);
        String bid = Api.bid(tenderId, Tokens.bidder(Upstream.unique("kr-kappa")), "Kappa", 280_000_000L).statusCode(201)
                .extract().path("id");
        String nepali = Upstream.unique("np-official");
        Api.addMember(tenderId, nepali, "OVERSEAS_OFFICIAL", "NP").statusCode(201);
        String expert = Upstream.unique("expert");
        Api.addMember(tenderId, expert, "EXPERT", null).statusCode(201);
        Api.addMember(tenderId, Upstream.unique("expert"), "EXPERT", null).statusCode(201);
        as(Tokens.evaluator(expert)).get("/api/v1/tenders?size=100").then().statusCode(200).body("items.id", hasItem(tenderId));
        as(Tokens.evaluator(expert)).get("/api/v1/tenders/{id}/committee", tenderId).then().statusCode(200)
                .body("valid", is(true));

        String foreign = Tokens.official(Upstream.unique("th-official"), "TH");
        as(foreign).get("/api/v1/tenders/{id}", tenderId).then().statusCode(404);
        as(foreign).get("/api/v1/tenders/{id}/committee", tenderId).then().statusCode(404);
        as(foreign).get("/api/v1/tenders/{id}/bids", tenderId).then().statusCode(404);
        as(foreign).get("/api/v1/projects/{id}", project.projectId()).then().statusCode(404);
        as(foreign).get("/api/v1/tenders?size=100").then().statusCode(200).body("items.projectId", not(hasItem(project.projectId())));
        as(foreign).get("/api/v1/projects?size=100").then().statusCode(200).body("items.siteCountry", everyItem(is("TH")));

        String local = Tokens.official(Upstream.unique("np-official"), "NP");
        as(local).get("/api/v1/tenders/{id}", tenderId).then().statusCode(200).body("projectId", is(project.projectId()));
        as(local).get("/api/v1/projects/{id}", project.projectId()).then().statusCode(200);
        as(local).get("/api/v1/tenders?size=100").then().statusCode(200).body("items.projectId", hasItem(project.projectId()));
        as(local).get("/api/v1/tenders/{id}/bids", tenderId).then().statusCode(404);

        String member = Tokens.official(nepali, "NP");
        as(member).get("/api/v1/tenders/{id}/bids", tenderId).then().statusCode(409)
                .body("errors.code", hasItem("BIDDING_STILL_OPEN"));
        clock.advance(Duration.ofHours(2));
        as(member).get("/api/v1/tenders/{id}/bids", tenderId).then().statusCode(200).body("", hasSize(1));
        as(member).get("/api/v1/tenders/{t}/bids/{b}", tenderId, bid).then().statusCode(200);
        Api.score(tenderId, bid, local, 60).statusCode(403);
        Api.score(tenderId, bid, Tokens.official(nepali, "TH"), 60).statusCode(404);
        Api.score(tenderId, bid, Tokens.officer(), 60).statusCode(403);
        Api.score(tenderId, bid, Tokens.evaluator(Upstream.unique("expert")), 60).statusCode(404);
        Api.score(tenderId, bid, member, 60).statusCode(200);
    }

    @Test
    void bidders_see_open_tenders_but_neither_drafts_nor_other_organizations_bids() {
        Upstream.ProjectSelected project = Upstream.projectSelected("URBAN_DEVELOPMENT", "BD", 2099);
        Upstream.budgetFinalized(project, 500_000_000L);
        String tenderId = Api.awaitTender(project.projectId());
        String bidder = Tokens.bidder(Upstream.unique("kr-lambda"));

        as(bidder).get("/api/v1/tenders/{id}", tenderId).then().statusCode(404);
        Api.bid(tenderId, bidder, "Lambda", 400_000_000L).statusCode(404);
        as(bidder).get("/api/v1/tenders?status=DRAFT&size=100").then().statusCode(200).body("items", hasSize(0));

        Api.open(tenderId, now().plusHours(1)).statusCode(200);
        as(bidder).get("/api/v1/tenders/{id}", tenderId).then().statusCode(200).body("status", is("OPEN"));
        as(bidder).get("/api/v1/tenders?status=OPEN&size=100").then().statusCode(200).body("items.id", hasItem(tenderId));
        String bid = Api.bid(tenderId, bidder, "Lambda", 400_000_000L).statusCode(201).extract().path("id");
        as(Tokens.bidder(Upstream.unique("kr-mu"))).get("/api/v1/tenders/{t}/bids/{b}", tenderId, bid).then().statusCode(404);
        as(Tokens.evaluator(Upstream.unique("expert"))).get("/api/v1/tenders/{id}", tenderId).then().statusCode(404);
        as(Tokens.officer()).get("/api/v1/tenders/{t}/bids/{b}", tenderId, bid).then().statusCode(409)
                .body("errors.code", hasItem("BIDDING_STILL_OPEN"));
        clock.advance(Duration.ofHours(2));
        as(Tokens.officer()).get("/api/v1/tenders/{t}/bids/{b}", tenderId, bid).then().statusCode(200)
                .body("companyName", is("Lambda"));
        as(Tokens.officer()).get("/api/v1/tenders?page=-1").then().statusCode(400);
        // A malformed id is a bad request; a well-formed unknown one is not found.
        as(Tokens.officer()).get("/api/v1/tenders/{id}", "not-a-uuid").then().statusCode(400);
        as(Tokens.officer()).get("/api/v1/tenders/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0);
    }
}
