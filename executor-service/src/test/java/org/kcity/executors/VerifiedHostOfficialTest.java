package org.kcity.executors;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.kcity.executors.Api.as;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.TestClock;
import org.kcity.deploy.DevTokens;
import org.kcity.platform.security.Roles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The committee's official of the host country is verified where it counts: a member registered as an overseas
 * official scores only with an overseas-official token of its country, and the award needs such a score on every bid.
 */
@QuarkusTest
class VerifiedHostOfficialTest {

    static final long CEILING = 300_000_000L;

    @Inject
    EntityManager database;

    private TestClock clock;

    @BeforeEach
    void time_moves_when_the_test_moves_it() {
        clock = Api.movableProgramClock();
    }

    @Test
    void an_official_of_another_country_cannot_score_as_the_host_official() {
        Committee committee = scoredTender("NP", 1);
        String bid = committee.bids().get(0);
        // The member's own subject, but the token of an official of Thailand (who also evaluates for KAIA).
        String thaiOfficial = DevTokens.mint(committee.official(), "gov-th", "TH", List.of(Roles.OVERSEAS_OFFICIAL, Roles.EVALUATOR));

        Api.score(committee.tenderId(), bid, thaiOfficial, 70).statusCode(403)
                .body("errors.code", contains("OFFICIAL_NOT_VERIFIED"), "detail", containsString("this token names country TH"));
        Api.score(committee.tenderId(), bid, Tokens.official(committee.official(), "TH"), 70).statusCode(404);
        as(Tokens.officer()).get("/api/v1/tenders/{id}/score-table", committee.tenderId()).then().statusCode(200)
                .body("missingScores.code", containsInAnyOrder("SCORE_MISSING", "HOST_OFFICIAL_SCORE_MISSING"));

        Api.score(committee.tenderId(), bid, Tokens.official(committee.official(), "NP"), 70).statusCode(200)
                .body("member", is(committee.official()), "verifiedHostOfficial", is(true));
        as(Tokens.officer()).post("/api/v1/tenders/{id}/award", committee.tenderId()).then().statusCode(200)
                .body("winningBidId", is(bid));
    }

    @Test
    void a_member_registered_as_the_host_official_cannot_score_with_another_role() {
        Committee committee = scoredTender("NP", 1);
        String bid = committee.bids().get(0);
        String asEvaluator = Tokens.evaluator(committee.official());
        String asOfficer = DevTokens.mint(committee.official(), "molit", "NP", List.of(Roles.PROGRAM_OFFICER));

        for (String token : List.of(asEvaluator, asOfficer)) {
            Api.score(committee.tenderId(), bid, token, 70).statusCode(403)
                    .body("errors.code", contains("OFFICIAL_NOT_VERIFIED"),
                            "detail", containsString("this token has no overseas-official role"));
        }
        as(Tokens.officer()).post("/api/v1/tenders/{id}/award", committee.tenderId()).then().statusCode(409)
                .body("errors.code", containsInAnyOrder("SCORE_MISSING", "HOST_OFFICIAL_SCORE_MISSING"));
        Api.score(committee.tenderId(), bid, Tokens.evaluator(committee.experts().get(0)), 66).statusCode(200)
                .body("verifiedHostOfficial", is(false));
    }

    @Test
    void an_award_needs_a_verified_host_official_score_for_every_bid() {
        Committee committee = scoredTender("KE", 2);
        String first = committee.bids().get(0);
        String second = committee.bids().get(1);
        Api.score(committee.tenderId(), first, Tokens.official(committee.official(), "KE"), 70).statusCode(200);
        Api.score(committee.tenderId(), second, Tokens.evaluator(committee.official()), 70).statusCode(403);

        String officer = Tokens.officer();
        as(officer).post("/api/v1/tenders/{id}/award", committee.tenderId()).then().statusCode(409)
                .body("errors.code", containsInAnyOrder("SCORE_MISSING", "HOST_OFFICIAL_SCORE_MISSING"))
                .body("errors.message", everyItem(containsString(second)));
        as(officer).get("/api/v1/tenders/{id}/score-table", committee.tenderId()).then().statusCode(200)
                .body("complete", is(false), "bids.rank", everyItem(nullValue()));

        Api.score(committee.tenderId(), second, Tokens.official(committee.official(), "KE"), 70).statusCode(200);
        as(officer).post("/api/v1/tenders/{id}/award", committee.tenderId()).then().statusCode(200);
    }

    @Test
    void the_award_reads_the_verification_recorded_on_each_score() {
        Committee committee = scoredTender("LA", 2);
        String hostOfficial = Tokens.official(committee.official(), "LA");
        for (String bid : committee.bids()) {
            Api.score(committee.tenderId(), bid, hostOfficial, 70).statusCode(200).body("verifiedHostOfficial", is(true));
        }
        String unverified = committee.bids().get(1);
        // As migration V2 leaves a score recorded before officials were verified.
        QuarkusTransaction.requiringNew().run(() -> database
                .createNativeQuery("update technical_score set by_verified_host_official = false where bid_id = ?1")
                .setParameter(1, UUID.fromString(unverified)).executeUpdate());

        String officer = Tokens.officer();
        as(officer).get("/api/v1/tenders/{id}/score-table", committee.tenderId()).then().statusCode(200)
                .body("complete", is(false), "missingScores.code", contains("HOST_OFFICIAL_SCORE_MISSING"),
                        "missingScores[0].message", containsString(unverified));
        as(officer).post("/api/v1/tenders/{id}/award", committee.tenderId()).then().statusCode(409)
                .body("errors.code", contains("HOST_OFFICIAL_SCORE_MISSING"));

        Api.score(committee.tenderId(), unverified, hostOfficial, 70).statusCode(200);
        as(officer).get("/api/v1/tenders/{id}/score-table", committee.tenderId()).then()
                .body("complete", is(true), "missingScores", hasSize(0), "bids.rank", contains(1, 2));
        as(officer).post("/api/v1/tenders/{id}/award", committee.tenderId()).then().statusCode(200)
                .body("winningBidId", is(committee.bids().get(0)));
    }

    record Committee(String tenderId, List<String> bids, String official, List<String> experts) {
    }

    /**
     * A tender in the country with the given number of bids (the first the cheapest), past its deadline, whose committee
     * (the country's official and two experts) is valid and whose experts scored every bid; the official has not scored.
     */
    Committee scoredTender(String country, int bidCount) {
        String tenderId = Api.openTender("SOLUTION_PLANNING", country, CEILING, now().plusHours(1));
        List<String> bids = new ArrayList<>();
        for (int n = 0; n < bidCount; n++) {
            bids.add(Api.bid(tenderId, Tokens.bidder(Upstream.unique("kr-bidder")), "Bidder " + n, 250_000_000L + n)
                    .statusCode(201).extract().path("id"));
        }
        String official = Upstream.unique(country.toLowerCase() + "-official");
        List<String> experts = List.of(Upstream.unique("expert"), Upstream.unique("expert"));
        Api.addMember(tenderId, official, "OVERSEAS_OFFICIAL", country).statusCode(201);
        experts.forEach(expert -> Api.addMember(tenderId, expert, "EXPERT", null).statusCode(201));
        as(Tokens.officer()).get("/api/v1/tenders/{id}/committee", tenderId).then().body("valid", is(true));
        clock.advance(Duration.ofHours(2));
        for (String expert : experts) {
            for (String bid : bids) {
                Api.score(tenderId, bid, Tokens.evaluator(expert), 70).statusCode(200);
            }
        }
        return new Committee(tenderId, List.copyOf(bids), official, experts);
    }

    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0);
    }
}
