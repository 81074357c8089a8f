package org.kcity.executors.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.executors.domain.Bid;
import org.kcity.executors.domain.Credentials;
import org.kcity.executors.domain.Scorer;
import org.kcity.executors.domain.TechnicalScore;
import org.kcity.executors.domain.Tender;
import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.security.Caller;
import org.kcity.platform.security.Roles;
import org.kcity.platform.time.ProgramClock;
import org.kcity.platform.web.ETags;

/**
 * Bids and their technical scores. A bidder works with its own organization's bid only; officers and committee members
 * see every bid of a tender they may see, once its deadline unsealed the bids.
 */
@ApplicationScoped
public class BidService {

    private final TenderAccess access;
    private final CommitteeService committees;
    private final AuditTrail audit;
    private final ProgramClock clock;
    private final Caller caller;

    BidService(TenderAccess access, CommitteeService committees, AuditTrail audit, ProgramClock clock, Caller caller) {
        this.access = access;
        this.committees = committees;
        this.audit = audit;
        this.clock = clock;
        this.caller = caller;
    }

    @Transactional
    public Bid submit(UUID tenderId, Bid.Offer offer) {
        Tender tender = access.visibleForUpdate(tenderId).tender();
        String organization = caller.requireOrganization();
        if (Bid.ofBidder(tender.id, organization).isPresent()) {
            throw ApiProblem.conflict("BID_ALREADY_SUBMITTED",
                    "Organization " + organization + " already bid on tender " + tender.id + "; revise that bid instead");
        }
        Bid bid = Bid.submit(tender, organization, offer, caller.subject(), clock.now());
        bid.persist();
        audit.record("bid.submitted", "bid", bid.id.toString(), withoutOffer(bid));
        return bid;
    }

    @Transactional
    public Bid revise(UUID tenderId, UUID bidId, String ifMatch, Bid.Offer offer) {
        Tender tender = access.visibleForUpdate(tenderId).tender();
        Bid bid = ownBid(tender, bidId);
        ETags.requireCurrent(ifMatch, bid.version);
        bid.revise(tender, offer, clock.now());
        audit.record("bid.revised", "bid", bid.id.toString(), withoutOffer(bid));
        return bid;
    }

    @Transactional
    public Bid find(UUID tenderId, UUID bidId) {
        TenderAccess.VisibleTender visible = access.visible(tenderId);
        if (readsEveryBid(visible)) {
            visible.tender().requireBidsUnsealed(clock.now());
            return Bid.<Bid>findByIdOptional(bidId).filter(bid -> bid.tenderId.equals(visible.tender().id))
                    .orElseThrow(() -> ApiProblem.notFound("Bid", bidId));
        }
        if (!caller.hasRole(Roles.BIDDER)) {
            throw ApiProblem.notFound("Bid", bidId);
        }
        return ownBid(visible.tender(), bidId);
    }

    @Transactional
    public List<Bid> list(UUID tenderId) {
        TenderAccess.VisibleTender visible = access.visible(tenderId);
        if (readsEveryBid(visible)) {
            visible.tender().requireBidsUnsealed(clock.now());
            return Bid.ofTender(visible.tender().id);
        }
        if (!caller.hasRole(Roles.BIDDER)) {
            throw ApiProblem.notFound("Bids of tender", tenderId);
        }
        return Bid.ofBidder(visible.tender().id, caller.requireOrganization()).stream().toList();
    }

    /**
     * A committee member's technical score (0-80) of a bid, once bidding closed; scoring again replaces it. A member
     * registered as the host country's official scores only with a token proving it, and the score records that.
     */
    @Transactional
    public TechnicalScore score(UUID tenderId, UUID bidId, int score) {
        TenderAccess.VisibleTender visible = access.visibleForUpdate(tenderId);
        Tender tender = visible.tender();
        if (!access.isMember(tender, visible.project())) {
            throw ApiProblem.forbidden("Only members of tender " + tender.id + "'s committee score its bids");
        }
        Scorer scorer = tender.scorer(credentials(), visible.project().siteCountry);
        tender.requireBiddingClosed(clock.now());
        committees.requireValid(tender, visible.project().siteCountry);
        Bid bid = Bid.<Bid>findByIdOptional(bidId).filter(candidate -> candidate.tenderId.equals(tender.id))
                .orElseThrow(() -> ApiProblem.notFound("Bid", bidId));
        TechnicalScore recorded = bid.score(scorer, score, clock.now());
        audit.record("bid.scored", "bid", bid.id.toString(), Map.of("member", scorer.subject(), "score", score,
                "verifiedHostOfficial", scorer.verifiedHostOfficial()));
        return recorded;
    }

    /** Officers and committee members read every bid, but only once the deadline unsealed them. */
    private boolean readsEveryBid(TenderAccess.VisibleTender visible) {
        return caller.hasRole(Roles.PROGRAM_OFFICER) || access.isMember(visible.tender(), visible.project());
    }

    private Credentials credentials() {
        return new Credentials(caller.subject(), caller.hasRole(Roles.OVERSEAS_OFFICIAL), caller.country().orElse(null));
    }

    /** Bids are sealed: the trail keeps who bid in which round, never the offer (price, proposal, consortium). */
    private static Map<String, Object> withoutOffer(Bid bid) {
        return Map.of("tenderId", bid.tenderId.toString(), "round", bid.round, "bidderOrganizationId", bid.bidderOrganizationId);
    }

    private Bid ownBid(Tender tender, UUID bidId) {
        String organization = caller.requireOrganization();
        return Bid.<Bid>findByIdOptional(bidId)
                .filter(bid -> bid.tenderId.equals(tender.id) && bid.bidderOrganizationId.equals(organization))
                .orElseThrow(() -> ApiProblem.notFound("Bid", bidId));
    }
}
