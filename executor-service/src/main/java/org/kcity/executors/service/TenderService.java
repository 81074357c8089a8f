package org.kcity.executors.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.executors.domain.AppointmentMethod;
import org.kcity.executors.domain.Bid;
import org.kcity.executors.domain.Project;
import org.kcity.executors.domain.Tender;
import org.kcity.executors.domain.TenderScoring;
import org.kcity.executors.domain.TenderStatus;
import org.kcity.executors.event.TenderOpened;
import org.kcity.executors.event.TenderReopened;
import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.event.EventOutbox;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;
import org.kcity.platform.security.Caller;
import org.kcity.platform.time.ProgramClock;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;

/** A tender's life as program officers run it: opening, re-tendering, the score table and the award. */
@ApplicationScoped
public class TenderService {

    static final String NO_VALID_BID = "No valid bid was received by the deadline";

    private final TenderAccess access;
    private final CommitteeService committees;
    private final Appointments appointments;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final ProgramClock clock;
    private final Caller caller;

    TenderService(TenderAccess access, CommitteeService committees, Appointments appointments, EventOutbox outbox,
            AuditTrail audit, ProgramClock clock, Caller caller) {
        this.access = access;
        this.committees = committees;
        this.appointments = appointments;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.caller = caller;
    }

    /** One bid's line in the score table; the figures are null until the table holds every score the award needs. */
    public record ScoreLine(Bid bid, Map<String, Integer> scoresByMember, TenderScoring.Standing standing) {
    }

    public record ScoreTable(Tender tender, List<String> members, boolean complete, List<Problem.Violation> missing,
            List<ScoreLine> lines) {
    }

    public record Award(Tender tender, Project project, Bid winner) {
    }

    @Transactional
    public Tender find(UUID tenderId) {
        return access.visible(tenderId).tender();
    }

    @Transactional
    public Page<Tender> list(TenderFilter filter, PageRequest paging) {
        return access.list(filter, paging);
    }

    @Transactional
    public Tender open(UUID tenderId, String scope, OffsetDateTime bidDeadline) {
        TenderAccess.VisibleTender visible = access.visibleForUpdate(tenderId);
        Tender tender = visible.tender();
        tender.open(scope, bidDeadline, clock.now(), caller.subject());
        TenderOpened opened = TenderOpened.of(tender, visible.project(), clock.now());
        outbox.append(opened);
        audit.record("tender.opened", "tender", tender.id.toString(), opened);
        return tender;
    }

    @Transactional
    public Tender reopen(UUID tenderId, OffsetDateTime bidDeadline) {
        Tender tender = access.visibleForUpdate(tenderId).tender();
        OffsetDateTime previousDeadline = tender.bidDeadline;
        tender.reopen(bidDeadline, clock.now(), caller.subject(), Bid.count("tenderId", tender.id));
        TenderReopened reopened = TenderReopened.of(tender, previousDeadline, NO_VALID_BID, clock.now());
        outbox.append(reopened);
        audit.record("tender.reopened", "tender", tender.id.toString(), reopened);
        return tender;
    }

    /** Refused (409 BIDDING_STILL_OPEN) while the bids are sealed: the table shows prices. */
    @Transactional
    public ScoreTable scoreTable(UUID tenderId) {
        TenderAccess.VisibleTender visible = access.visible(tenderId);
        visible.tender().requireBidsUnsealed(clock.now());
        return scoreTable(visible.tender(), visible.project());
    }

    /**
     * Awards the best bid once bidding closed, the committee is valid, every member scored every bid and the host
     * country's official, verified by its token, scored each of them.
     */
    @Transactional
    public Award award(UUID tenderId) {
        TenderAccess.VisibleTender visible = access.visibleForUpdate(tenderId);
        Tender tender = visible.tender();
        tender.requireBiddingClosed(clock.now());
        ScoreTable table = scoreTable(tender, visible.project());
        if (table.lines().isEmpty()) {
            throw ApiProblem.conflict("NO_BIDS", "Tender " + tender.id + " received no bid; re-open it with a new deadline");
        }
        committees.requireValid(tender, visible.project().siteCountry);
        if (!table.complete()) {
            throw new ApiProblem(409, "conflict", "Conflict", "Scores the award needs are missing on tender " + tender.id,
                    table.missing());
        }
        Bid winner = table.lines().stream().filter(line -> line.standing().rank() == 1).findFirst().orElseThrow().bid();
        tender.award(winner.id, clock.now());
        appointments.appoint(visible.project(), winner.asExecutor(), winner.price, AppointmentMethod.TENDER, tender.id);
        audit.record("tender.awarded", "tender", tender.id.toString(), Map.of("bidId", winner.id.toString()));
        return new Award(tender, visible.project(), winner);
    }

    private ScoreTable scoreTable(Tender tender, Project project) {
        List<Bid> bids = Bid.ofTender(tender.id);
        List<String> members = tender.committee().stream().map(member -> member.subject).toList();
        List<Problem.Violation> missing = tender.scoresMissing(bids, project.siteCountry);
        boolean complete = !bids.isEmpty() && !members.isEmpty() && missing.isEmpty();
        Map<UUID, TenderScoring.Standing> standings = complete
                ? TenderScoring.rank(bids.stream().map(bid -> new TenderScoring.Candidate(bid.id, bid.price, bid.submittedAt,
                        members.stream().map(member -> bid.scoreOf(member).orElseThrow()).toList())).toList())
                        .stream().collect(Collectors.toMap(TenderScoring.Standing::bidId, Function.identity()))
                : Map.of();
        List<ScoreLine> lines = bids.stream().map(bid -> new ScoreLine(bid,
                bid.technicalScores.stream().collect(Collectors.toMap(score -> score.memberSubject, score -> score.score)),
                standings.get(bid.id))).toList();
        return new ScoreTable(tender, members, complete, missing, lines);
    }
}
