package org.kcity.executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.kcity.executors.Api.as;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Bids are sealed until the deadline, for program officers and committee members too: only the bidder sees its offer. */
@QuarkusTest
class SealedTenderBidsTest {

    static final long CEILING = 500_000_000L;
    static final long PRICE = 437_123_000L;
    static final String PROPOSAL = "Sensor mesh over the old harbour, operated with the city's utility";
    static final String CONSORTIUM_MEMBER = "Harbour Sensing Partners";

    private TestClock clock;

    @BeforeEach
    void time_moves_when_the_test_moves_it() {
        clock = Api.movableProgramClock();
    }

    @Test
    void an_officer_cannot_read_a_bid_price_before_the_deadline() {
        String tenderId = Api.openTender("URBAN_DEVELOPMENT", "TL", CEILING, now().plusHours(1));
        String bidder = Tokens.bidder(Upstream.unique("kr-sealed"));
        String bidId = submit(tenderId, bidder, offer(PRICE, PROPOSAL)).path("id");
        String member = Upstream.unique("expert");
        Api.addMember(tenderId, member, "EXPERT", null).statusCode(201);
        String officer = Tokens.officer();
        String committeeMember = Tokens.evaluator(member);

        for (String reader : List.of(officer, committeeMember)) {
            assertSealed(as(reader).get("/api/v1/tenders/{t}/bids", tenderId).then().statusCode(409)
                    .body("errors.code", contains("BIDDING_STILL_OPEN")).extract());
            assertSealed(as(reader).get("/api/v1/tenders/{t}/bids/{b}", tenderId, bidId).then().statusCode(409)
                    .body("errors.code", contains("BIDDING_STILL_OPEN")).extract());
        }
        assertSealed(as(officer).get("/api/v1/tenders/{id}/score-table", tenderId).then().statusCode(409)
                .body("errors.code", contains("BIDDING_STILL_OPEN")).extract());
        assertSealed(as(officer).get("/api/v1/tenders/{id}", tenderId).then().statusCode(200).extract());
        assertSealed(as(officer).get("/api/v1/tenders?size=100").then().statusCode(200).extract());
        assertSealed(as(officer).get("/api/v1/tenders/{id}/committee", tenderId).then().statusCode(200).extract());
        as(bidder).get("/api/v1/tenders/{t}/bids/{b}", tenderId, bidId).then().statusCode(200)
                .body("price", is((int) PRICE), "technicalProposalSummary", is(PROPOSAL));

        clock.advance(Duration.ofHours(2));
        for (String reader : List.of(officer, committeeMember)) {
            as(reader).get("/api/v1/tenders/{t}/bids", tenderId).then().statusCode(200)
                    .body("price", contains((int) PRICE), "technicalProposalSummary", contains(PROPOSAL));
            as(reader).get("/api/v1/tenders/{t}/bids/{b}", tenderId, bidId).then().statusCode(200)
                    .body("price", is((int) PRICE), "consortiumMembers", contains("Sealed Offer Co. Engineering", CONSORTIUM_MEMBER));
        }
        as(officer).get("/api/v1/tenders/{id}/score-table", tenderId).then().statusCode(200)
                .body("bids.bidId", contains(bidId), "bids.price", contains((int) PRICE));
    }

    @Test
    void the_audit_trail_never_copies_an_offer() {
        String tenderId = Api.openTender("SOLUTION_PLANNING", "TL", CEILING, now().plusHours(1));
        String organization = Upstream.unique("kr-sealed");
        String bidder = Tokens.bidder(organization);
        ExtractableResponse<Response> submitted = submit(tenderId, bidder, offer(PRICE, PROPOSAL));
        String bidId = submitted.path("id");
        long revisedPrice = 421_987_000L;
        String revisedProposal = PROPOSAL + ", with a second pilot district";
        as(bidder).header("If-Match", submitted.header("ETag")).body(offer(revisedPrice, revisedProposal))
                .put("/api/v1/tenders/{t}/bids/{b}", tenderId, bidId).then().statusCode(200);

        String officer = Tokens.officer();
        String trailOfBid = as(officer).queryParam("targetType", "bid").queryParam("targetId", bidId)
                .get("/api/v1/audit-trail").then().statusCode(200)
                .body("items.action", contains("bid.submitted", "bid.revised"))
                .body("items.details.tenderId", everyItem(is(tenderId)), "items.details.round", everyItem(is(1)),
                        "items.details.bidderOrganizationId", everyItem(is(organization)),
                        "items.details.price", everyItem(nullValue()))
                .extract().asString();
        assertThat(trailOfBid).doesNotContain(String.valueOf(PRICE), String.valueOf(revisedPrice), PROPOSAL,
                CONSORTIUM_MEMBER, "123-45-67890");

        clock.advance(Duration.ofHours(2));
        String latest = as(officer).queryParam("size", 500).get("/api/v1/audit-trail").then().statusCode(200)
                .extract().asString();
        assertThat(latest).contains(bidId).doesNotContain(String.valueOf(PRICE), String.valueOf(revisedPrice), PROPOSAL,
                CONSORTIUM_MEMBER);
    }

    /** Neither the price nor the proposal nor the consortium of the sealed offer is in the answer. */
    private static void assertSealed(ExtractableResponse<Response> answer) {
        assertThat(answer.asString()).doesNotContain(String.valueOf(PRICE), PROPOSAL, CONSORTIUM_MEMBER);
    }

    private static ExtractableResponse<Response> submit(String tenderId, String bidder, Map<String, Object> offer) {
        return as(bidder).body(offer).post("/api/v1/tenders/{id}/bids", tenderId).then().statusCode(201).extract();
    }

    private static Map<String, Object> offer(long price, String proposal) {
        Map<String, Object> offer = new HashMap<>(Api.bidRequest("Sealed Offer Co.", price));
        offer.put("technicalProposalSummary", proposal);
        offer.put("consortiumMembers", List.of("Sealed Offer Co. Engineering", CONSORTIUM_MEMBER));
        return offer;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0);
    }
}
