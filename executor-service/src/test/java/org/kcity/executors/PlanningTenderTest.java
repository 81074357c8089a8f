package org.kcity.executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.kcity.executors.Api.PATIENCE;
import static org.kcity.executors.Api.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.EventContracts;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.PublishedEvent;
import org.kcity.deploy.testing.TestClock;
import org.kcity.executors.event.ExecutorAppointed;
import org.kcity.executors.event.ProjectCommenced;
import org.kcity.executors.event.ProjectScheduled;
import org.kcity.executors.event.TenderOpened;
import org.kcity.executors.event.TenderReopened;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class PlanningTenderTest {

    static final String EXECUTORS = "kcity.executors";
    static final long CEILING = 500_000_000L;

    private TestClock clock;

    @BeforeEach
    void time_moves_when_the_test_moves_it() {
        clock = Api.movableProgramClock();
    }

    @Test
    void a_finalized_planning_budget_is_tendered_scored_awarded_scheduled_and_commenced_once() {
        Upstream.ProjectSelected project = Upstream.projectSelected("URBAN_DEVELOPMENT", "VN", 2020);
        Upstream.budgetFinalized(project, CEILING);
        String tenderId = Api.awaitTender(project.projectId());
        String officer = Tokens.officer();
        as(officer).get("/api/v1/tenders/{id}", tenderId).then().statusCode(200)
                .body("status", is("DRAFT"), "budgetCeiling", is(500_000_000), "round", is(0));

        OffsetDateTime deadline = now().plusHours(1);
        Api.open(tenderId, deadline).statusCode(200).body("status", is("OPEN"), "round", is(1), "rounds", hasSize(1));
        PublishedEvent opened = EventContracts.assertHonoursContract(
                EventLog.await(EXECUTORS, EventLog.ofType(TenderOpened.TYPE, project.projectId()), PATIENCE));
        assertThat(opened.data().get("tenderId").asText()).isEqualTo(tenderId);
        assertThat(opened.data().get("budgetCeiling").asLong()).isEqualTo(CEILING);
        assertThat(opened.data().get("siteCountry").asText()).isEqualTo("VN");
        assertThat(opened.data().get("round").asInt()).isEqualTo(1);

        String alphaOrg = Upstream.unique("kr-alpha");
        String gammaOrg = Upstream.unique("kr-gamma");
        String alpha = Api.bid(tenderId, Tokens.bidder(alphaOrg), "Alpha E&C", 450_000_000L).statusCode(201)
                .extract().path("id");
        String beta = Api.bid(tenderId, Tokens.bidder(Upstream.unique("kr-beta")), "Beta Consulting", 400_000_000L)
                .statusCode(201).extract().path("id");
        String gamma = Api.bid(tenderId, Tokens.bidder(gammaOrg), "Gamma Engineering", CEILING).statusCode(201)
                .extract().path("id");

        String official = Upstream.unique("vn-official");
        String first = Upstream.unique("expert");
        String second = Upstream.unique("expert");
        Api.addMember(tenderId, official, "OVERSEAS_OFFICIAL", "VN").statusCode(201);
        Api.addMember(tenderId, first, "EXPERT", null).statusCode(201);
        Api.addMember(tenderId, second, "EXPERT", null).statusCode(201).body("valid", is(true));

        clock.advance(Duration.ofHours(2));
        Map<String, String> members = Map.of(official, Tokens.official(official, "VN"), first, Tokens.evaluator(first),
                second, Tokens.evaluator(second));
        int[] alphaScores = { 70, 72, 74 };
        int[] betaScores = { 60, 62, 64 };
        int n = 0;
        for (String member : members.keySet()) {
            Api.score(tenderId, alpha, members.get(member), alphaScores[n]).statusCode(200).body("score", is(alphaScores[n]));
            Api.score(tenderId, beta, members.get(member), betaScores[n]).statusCode(200);
            Api.score(tenderId, gamma, members.get(member), 75).statusCode(200);
            n++;
        }

        as(officer).get("/api/v1/tenders/{id}/score-table", tenderId).then().statusCode(200)
                .body("complete", is(true), "members", hasSize(3))
                .body("bids.bidId", contains(gamma, alpha, beta))
                .body("bids.total", contains("91.00", "89.78", "82.00"))
                .body("bids.technicalMean", contains("75.00", "72.00", "62.00"))
                .body("bids.priceScore", contains("16.00", "17.78", "20.00"))
                .body("bids.rank", contains(1, 2, 3));

        LocalDate dayAfterAppointment = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul")).plusDays(1);
        as(officer).post("/api/v1/tenders/{id}/award", tenderId).then().statusCode(200)
                .body("winningBidId", is(gamma), "executorOrganizationId", is(gammaOrg), "contractAmount", is(500_000_000),
                        "startDate", is(dayAfterAppointment.toString()));

        PublishedEvent appointed = EventContracts.assertHonoursContract(
                EventLog.await(EXECUTORS, EventLog.ofType(ExecutorAppointed.TYPE, project.projectId()), PATIENCE));
        assertThat(appointed.data().get("method").asText()).isEqualTo("TENDER");
        assertThat(appointed.data().get("contractAmount").asLong()).isEqualTo(CEILING);
        assertThat(appointed.data().get("tenderId").asText()).isEqualTo(tenderId);
        assertThat(appointed.data().at("/executor/organizationId").asText()).isEqualTo(gammaOrg);
        assertThat(appointed.data().at("/executor/name").asText()).isEqualTo("Gamma Engineering");
        assertThat(appointed.data().at("/executor/registrationNumber").asText()).isEqualTo("123-45-67890");
        assertThat(appointed.data().at("/executor/members").size()).isEqualTo(2);
        PublishedEvent scheduled = EventContracts.assertHonoursContract(
                EventLog.await(EXECUTORS, EventLog.ofType(ProjectScheduled.TYPE, project.projectId()), PATIENCE));
        assertThat(scheduled.data().get("startDate").asText()).isEqualTo(dayAfterAppointment.toString());
        assertThat(scheduled.data().get("executorOrganizationId").asText()).isEqualTo(gammaOrg);
        as(officer).get("/api/v1/tenders/{id}", tenderId).then().body("status", is("AWARDED"), "awardedBidId", is(gamma));
        as(officer).post("/api/v1/tenders/{id}/award", tenderId).then().statusCode(409);

        clock.advance(Duration.ofDays(2));
        PublishedEvent commenced = EventContracts.assertHonoursContract(
                EventLog.await(EXECUTORS, EventLog.ofType(ProjectCommenced.TYPE, project.projectId()), PATIENCE));
        assertThat(commenced.data().get("startDate").asText()).isEqualTo(dayAfterAppointment.toString());
        Api.project(project.projectId()).body("status", is("COMMENCED"), "executorName", is("Gamma Engineering"),
                "appointmentMethod", is("TENDER"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> EventLog.read(EXECUTORS).stream()
                .filter(EventLog.ofType(ProjectCommenced.TYPE, project.projectId())).count() == 1);
    }

    @Test
    void bids_above_the_ceiling_second_bids_and_late_bids_are_refused_and_bidders_see_only_their_own() {
        String tenderId = openTender("SOLUTION_PLANNING", "ID");
        String bidder = Tokens.bidder(Upstream.unique("kr-bidder"));

        Api.bid(tenderId, bidder, "Over Priced", CEILING + 1).statusCode(422)
                .body("errors.code", hasItem("PRICE_ABOVE_CEILING"));
        as(bidder).body(Map.of("companyName", "X", "registrationNumber", "12-3", "consortiumMembers", List.of(),
                "technicalProposalSummary", "x", "price", 1)).post("/api/v1/tenders/{id}/bids", tenderId)
                .then().statusCode(400).body("errors.field", hasItem("registrationNumber"));
        ExtractableResponse<Response> created = Api.bid(tenderId, bidder, "Delta Smart City", CEILING)
                .statusCode(201).header("Location", containsString("/api/v1/tenders/" + tenderId + "/bids/"))
                .extract();
        String bidId = created.path("id");
        String etag = created.header("ETag");
        Api.bid(tenderId, bidder, "Delta Smart City", CEILING - 1).statusCode(409)
                .body("errors.code", hasItem("BID_ALREADY_SUBMITTED"));
        String retryKey = Upstream.unique("retry");
        String retried = as(bidder).header("Idempotency-Key", retryKey).body(Api.bidRequest("Nu Systems", 410_000_000L))
                .post("/api/v1/tenders/{id}/bids", tenderId).then().statusCode(409).extract().asString();
        assertThat(retried).contains("BID_ALREADY_SUBMITTED");
        String keyed = Tokens.bidder(Upstream.unique("kr-nu"));
        String firstAnswer = as(keyed).header("Idempotency-Key", retryKey).body(Api.bidRequest("Nu Systems", 410_000_000L))
                .post("/api/v1/tenders/{id}/bids", tenderId).then().statusCode(201).extract().path("id");
        as(keyed).header("Idempotency-Key", retryKey).body(Api.bidRequest("Nu Systems", 410_000_000L))
                .post("/api/v1/tenders/{id}/bids", tenderId).then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", is(firstAnswer));

        as(bidder).body(Api.bidRequest("Delta Smart City", 480_000_000L))
                .put("/api/v1/tenders/{t}/bids/{b}", tenderId, bidId).then().statusCode(428);
        as(bidder).header("If-Match", "\"999\"").body(Api.bidRequest("Delta Smart City", 480_000_000L))
                .put("/api/v1/tenders/{t}/bids/{b}", tenderId, bidId).then().statusCode(412);
        as(bidder).header("If-Match", etag).body(Api.bidRequest("Delta Smart City", 480_000_000L))
                .put("/api/v1/tenders/{t}/bids/{b}", tenderId, bidId).then().statusCode(200).body("price", is(480_000_000));
        as(bidder).get("/api/v1/tenders/{t}/bids", tenderId).then().statusCode(200).body("id", contains(bidId));

        String rival = Tokens.bidder(Upstream.unique("kr-rival"));
        as(rival).get("/api/v1/tenders/{t}/bids/{b}", tenderId, bidId).then().statusCode(404);
        as(rival).get("/api/v1/tenders/{t}/bids", tenderId).then().statusCode(200).body("", hasSize(0));
        as(rival).header("If-Match", "*").body(Api.bidRequest("Hijack", 1L))
                .put("/api/v1/tenders/{t}/bids/{b}", tenderId, bidId).then().statusCode(404);

        clock.advance(Duration.ofHours(2));
        Api.bid(tenderId, rival, "Too Late Ltd", 300_000_000L).statusCode(409).body("errors.code", hasItem("BID_DEADLINE_PASSED"));
        as(bidder).header("If-Match", "*").body(Api.bidRequest("Delta Smart City", 470_000_000L))
                .put("/api/v1/tenders/{t}/bids/{b}", tenderId, bidId).then().statusCode(409)
                .body("errors.code", hasItem("BID_DEADLINE_PASSED"));
        as(bidder).get("/api/v1/tenders/{t}/bids/{b}", tenderId, bidId).then().statusCode(200).body("price", is(480_000_000));
    }

    @Test
    void the_committee_needs_three_members_an_official_of_the_host_country_and_no_conflict_with_a_bidder() {
        String tenderId = openTender("URBAN_DEVELOPMENT", "PH");
        String conflictedOrg = Upstream.unique("kr-conflicted");
        String bid = Api.bid(tenderId, Tokens.bidder(conflictedOrg), "Epsilon Urban", 420_000_000L).statusCode(201)
                .extract().path("id");
        String officer = Tokens.officer();

        String relative = Upstream.unique("expert");
        as(Tokens.evaluator(relative)).body(Map.of("organizationId", conflictedOrg, "reason", "Former employee"))
                .post("/api/v1/conflict-declarations").then().statusCode(201).body("organizationId", is(conflictedOrg));
        Api.addMember(tenderId, relative, "EXPERT", null).statusCode(409).body("errors.code", hasItem("MEMBER_CONFLICT"));
        Api.addMember(tenderId, Upstream.unique("th-official"), "OVERSEAS_OFFICIAL", "TH").statusCode(422)
                .body("errors.code", hasItem("OFFICIAL_OF_ANOTHER_COUNTRY"));

        String first = Upstream.unique("expert");
        String second = Upstream.unique("expert");
        Api.addMember(tenderId, first, "EXPERT", null).statusCode(201);
        Api.addMember(tenderId, second, "EXPERT", null).statusCode(201)
                .body("valid", is(false), "violations.code", contains("COMMITTEE_TOO_SMALL", "NO_HOST_COUNTRY_OFFICIAL"));
        Api.addMember(tenderId, first, "EXPERT", null).statusCode(409).body("errors.code", hasItem("ALREADY_A_MEMBER"));
        String third = Upstream.unique("expert");
        Api.addMember(tenderId, third, "EXPERT", null).statusCode(201)
                .body("valid", is(false), "violations.code", contains("NO_HOST_COUNTRY_OFFICIAL"));

        clock.advance(Duration.ofHours(2));
        Api.score(tenderId, bid, Tokens.evaluator(first), 70).statusCode(409).body("errors.code", hasItem("NO_HOST_COUNTRY_OFFICIAL"));
        as(officer).post("/api/v1/tenders/{id}/award", tenderId).then().statusCode(409)
                .body("errors.code", hasItem("NO_HOST_COUNTRY_OFFICIAL"));

        String official = Upstream.unique("ph-official");
        Api.addMember(tenderId, official, "OVERSEAS_OFFICIAL", "PH").statusCode(201).body("valid", is(true), "members", hasSize(4));
        Api.score(tenderId, bid, Tokens.evaluator(first), 70).statusCode(200);

        as(Tokens.evaluator(third)).body(Map.of("organizationId", conflictedOrg, "reason", "Shareholder"))
                .post("/api/v1/conflict-declarations").then().statusCode(201);
        as(officer).get("/api/v1/tenders/{id}/committee", tenderId).then().statusCode(200)
                .body("valid", is(false), "violations.code", contains("MEMBER_CONFLICT"));
        Api.score(tenderId, bid, Tokens.evaluator(second), 70).statusCode(409).body("errors.code", hasItem("MEMBER_CONFLICT"));
        as(officer).delete("/api/v1/tenders/{id}/committee/members/{s}", tenderId, third).then().statusCode(204);
        as(officer).get("/api/v1/tenders/{id}/committee", tenderId).then().body("valid", is(true), "members", hasSize(3));
    }

    @Test
    void the_award_needs_every_members_score_after_the_deadline() {
        String tenderId = openTender("SOLUTION_PLANNING", "KE");
        String bid = Api.bid(tenderId, Tokens.bidder(Upstream.unique("kr-zeta")), "Zeta Systems", 300_000_000L)
                .statusCode(201).extract().path("id");
        String official = Upstream.unique("ke-official");
        String first = Upstream.unique("expert");
        String second = Upstream.unique("expert");
        Api.addMember(tenderId, official, "OVERSEAS_OFFICIAL", "KE").statusCode(201);
        Api.addMember(tenderId, first, "EXPERT", null).statusCode(201);
        Api.addMember(tenderId, second, "EXPERT", null).statusCode(201);
        String officer = Tokens.officer();

        Api.score(tenderId, bid, Tokens.evaluator(first), 70).statusCode(409).body("errors.code", hasItem("BIDDING_STILL_OPEN"));
        as(officer).post("/api/v1/tenders/{id}/award", tenderId).then().statusCode(409)
                .body("errors.code", hasItem("BIDDING_STILL_OPEN"));
        clock.advance(Duration.ofHours(2));
        Api.score(tenderId, bid, Tokens.evaluator(first), 81).statusCode(400);
        Api.score(tenderId, bid, Tokens.evaluator(first), 70).statusCode(200);
        Api.score(tenderId, bid, Tokens.official(official, "KE"), 66).statusCode(200);

        as(officer).get("/api/v1/tenders/{id}/score-table", tenderId).then().statusCode(200)
                .body("complete", is(false), "bids[0].total", nullValue(), "missingScores", hasSize(1));
        as(officer).post("/api/v1/tenders/{id}/award", tenderId).then().statusCode(409)
                .body("errors.code", contains("SCORE_MISSING"));

        Api.score(tenderId, bid, Tokens.evaluator(second), 50).statusCode(200);
        Api.score(tenderId, bid, Tokens.evaluator(second), 62).statusCode(200);
        as(officer).get("/api/v1/tenders/{id}/score-table", tenderId).then()
                .body("complete", is(true), "bids[0].technicalMean", is("66.00"), "bids[0].total", is("86.00"));
        as(officer).post("/api/v1/tenders/{id}/award", tenderId).then().statusCode(200).body("winningBidId", is(bid));
    }

    @Test
    void equal_totals_are_awarded_to_the_lower_price_even_against_an_earlier_bid() {
        String tenderId = openTender("SOLUTION_PLANNING", "LK");
        String earlierDearer = Api.bid(tenderId, Tokens.bidder(Upstream.unique("kr-omicron")), "Omicron", 500_000_000L)
                .statusCode(201).extract().path("id");
        String laterCheaper = Api.bid(tenderId, Tokens.bidder(Upstream.unique("kr-pi")), "Pi", 400_000_000L)
                .statusCode(201).extract().path("id");
        String official = Upstream.unique("lk-official");
        String first = Upstream.unique("expert");
        String second = Upstream.unique("expert");
        Api.addMember(tenderId, official, "OVERSEAS_OFFICIAL", "LK").statusCode(201);
        Api.addMember(tenderId, first, "EXPERT", null).statusCode(201);
        Api.addMember(tenderId, second, "EXPERT", null).statusCode(201);
        clock.advance(Duration.ofHours(2));
        for (String member : List.of(Tokens.official(official, "LK"), Tokens.evaluator(first), Tokens.evaluator(second))) {
            Api.score(tenderId, earlierDearer, member, 74).statusCode(200);
            Api.score(tenderId, laterCheaper, member, 70).statusCode(200);
        }

        String officer = Tokens.officer();
        as(officer).get("/api/v1/tenders/{id}/score-table", tenderId).then().statusCode(200)
                .body("bids.bidId", contains(laterCheaper, earlierDearer), "bids.total", contains("90.00", "90.00"));
        as(officer).post("/api/v1/tenders/{id}/award", tenderId).then().statusCode(200)
                .body("winningBidId", is(laterCheaper), "contractAmount", is(400_000_000));
    }

    @Test
    void a_tender_without_bids_by_its_deadline_is_reopened_with_a_new_deadline_and_its_history_kept() {
        String tenderId = openTender("URBAN_DEVELOPMENT", "MN");
        String officer = Tokens.officer();
        OffsetDateTime firstDeadline = OffsetDateTime.parse(
                as(officer).get("/api/v1/tenders/{id}", tenderId).then().extract().<String>path("bidDeadline"));

        as(officer).body(Map.of("bidDeadline", now().plusDays(14).toString()))
                .post("/api/v1/tenders/{id}/reopen", tenderId).then().statusCode(409)
                .body("errors.code", hasItem("BIDDING_STILL_OPEN"));
        clock.advance(Duration.ofHours(2));
        as(officer).post("/api/v1/tenders/{id}/award", tenderId).then().statusCode(409).body("errors.code", hasItem("NO_BIDS"));
        as(officer).body(Map.of("bidDeadline", now().minusMinutes(1).toString()))
                .post("/api/v1/tenders/{id}/reopen", tenderId).then().statusCode(422);

        OffsetDateTime secondDeadline = now().plusDays(14);
        String projectId = as(officer).body(Map.of("bidDeadline", secondDeadline.toString()))
                .post("/api/v1/tenders/{id}/reopen", tenderId).then().statusCode(200)
                .body("round", is(2), "rounds.round", contains(1, 2), "status", is("OPEN"))
                .extract().path("projectId");
        PublishedEvent reopened = EventContracts.assertHonoursContract(
                EventLog.await(EXECUTORS, EventLog.ofType(TenderReopened.TYPE, projectId), PATIENCE));
        assertThat(reopened.data().get("round").asInt()).isEqualTo(2);
        assertThat(OffsetDateTime.parse(reopened.data().get("previousDeadline").asText())).isEqualTo(firstDeadline);
        assertThat(OffsetDateTime.parse(reopened.data().get("bidDeadline").asText())).isEqualTo(secondDeadline);

        Api.bid(tenderId, Tokens.bidder(Upstream.unique("kr-eta")), "Eta Planning", 350_000_000L).statusCode(201)
                .body("round", is(2));
        clock.advance(Duration.ofDays(15));
        as(officer).body(Map.of("bidDeadline", now().plusDays(14).toString()))
                .post("/api/v1/tenders/{id}/reopen", tenderId).then().statusCode(409)
                .body("errors.code", hasItem("TENDER_HAS_BIDS"));
    }

    /** A project of the track in the country, its budget finalized and its tender opened with a deadline in an hour. */
    String openTender(String track, String country) {
        return Api.openTender(track, country, CEILING, now().plusHours(1));
    }

    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0);
    }
}
