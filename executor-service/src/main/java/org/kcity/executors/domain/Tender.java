package org.kcity.executors.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The tender of a planning project: its rounds of bidding and its selection committee. */
@Entity
@Table(name = "tender")
public class Tender extends PanacheEntityBase {

    public static final int MINIMUM_COMMITTEE_SIZE = 3;

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public String projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TenderStatus status;

    @Column(name = "budget_ceiling", nullable = false)
    public long budgetCeiling;

    public String scope;

    /** The current round's deadline. */
    @Column(name = "bid_deadline")
    public OffsetDateTime bidDeadline;

    /** The current round; 0 while the tender is a draft. */
    @Column(nullable = false)
    public int round;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "awarded_bid_id")
    public UUID awardedBidId;

    @Column(name = "awarded_at")
    public OffsetDateTime awardedAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_round", joinColumns = @JoinColumn(name = "tender_id"))
    @OrderBy("roundNo")
    private List<TenderRound> rounds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_member", joinColumns = @JoinColumn(name = "tender_id"))
    @OrderBy("addedAt")
    private List<CommitteeMember> committee = new ArrayList<>();

    @Version
    public long version;

    public static Tender draft(String projectId, long budgetCeiling, OffsetDateTime at) {
        Tender tender = new Tender();
        tender.id = UUID.randomUUID();
        tender.projectId = projectId;
        tender.status = TenderStatus.DRAFT;
        tender.budgetCeiling = budgetCeiling;
        tender.round = 0;
        tender.createdAt = at;
        return tender;
    }

    public static Optional<Tender> ofProject(String projectId) {
        return find("projectId", projectId).firstResultOptional();
    }

    public void open(String agreedScope, OffsetDateTime deadline, OffsetDateTime now, String by) {
        if (status != TenderStatus.DRAFT) {
            throw ApiProblem.conflict("TENDER_NOT_DRAFT", "Tender " + id + " is " + status + "; only a draft can be opened");
        }
        requireFuture(deadline, now);
        scope = agreedScope;
        startRound(deadline, now, by);
        status = TenderStatus.OPEN;
    }

    /** A round that closed without any bid starts again with a new deadline; earlier rounds stay in the history. */
    public void reopen(OffsetDateTime deadline, OffsetDateTime now, String by, long bidsReceived) {
        requireBiddingClosed(now);
        if (bidsReceived > 0) {
            throw ApiProblem.conflict("TENDER_HAS_BIDS", "Tender " + id + " received bids; score and award it instead");
        }
        requireFuture(deadline, now);
        startRound(deadline, now, by);
    }

    public boolean acceptsBids(OffsetDateTime now) {
        return status == TenderStatus.OPEN && now.isBefore(bidDeadline);
    }

    public void requireAcceptingBids(OffsetDateTime now) {
        if (status != TenderStatus.OPEN) {
            throw ApiProblem.conflict("TENDER_NOT_OPEN", "Tender " + id + " is " + status + " and takes no bids");
        }
        if (!acceptsBids(now)) {
            throw ApiProblem.conflict("BID_DEADLINE_PASSED", "The bid deadline " + bidDeadline + " of tender " + id + " has passed");
        }
    }

    /** Scoring, re-tendering and the award need an open tender whose current round's deadline has passed. */
    public void requireBiddingClosed(OffsetDateTime now) {
        if (status != TenderStatus.OPEN) {
            throw ApiProblem.conflict("TENDER_NOT_OPEN", "Tender " + id + " is " + status);
        }
        if (acceptsBids(now)) {
            throw ApiProblem.conflict("BIDDING_STILL_OPEN", "Tender " + id + " takes bids until " + bidDeadline);
        }
    }

    /** Bids stay sealed until the current round's deadline, whatever the status: only each bidder sees its own. */
    public boolean sealsBids(OffsetDateTime now) {
        return bidDeadline != null && now.isBefore(bidDeadline);
    }

    /** Officers and committee members read bids, score tables included, only once the deadline unsealed them. */
    public void requireBidsUnsealed(OffsetDateTime now) {
        if (sealsBids(now)) {
            throw ApiProblem.conflict("BIDDING_STILL_OPEN",
                    "The bids of tender " + id + " are sealed until the deadline " + bidDeadline);
        }
    }

    /** The rounds of bidding so far, the first first; they change only through {@link #open} and {@link #reopen}. */
    public List<TenderRound> rounds() {
        return Collections.unmodifiableList(rounds);
    }

    /** The members in the order they joined; they change only through {@link #addMember} and {@link #removeMember}. */
    public List<CommitteeMember> committee() {
        return Collections.unmodifiableList(committee);
    }

    public Optional<CommitteeMember> member(String subject) {
        return committee.stream().filter(member -> member.subject.equals(subject)).findFirst();
    }

    public void addMember(CommitteeMember member, String hostCountry, Collection<String> conflictingBidders) {
        requireUndecided();
        if (member(member.subject).isPresent()) {
            throw ApiProblem.conflict("ALREADY_A_MEMBER", member.subject + " already sits on the committee of tender " + id);
        }
        if (member.kind == MemberKind.OVERSEAS_OFFICIAL && !hostCountry.equals(member.country)) {
            throw ApiProblem.unprocessable("An overseas official on this committee must be an official of " + hostCountry,
                    List.of(Problem.Violation.ofRule("OFFICIAL_OF_ANOTHER_COUNTRY",
                            "The project's host country is " + hostCountry + ", not " + member.country)));
        }
        if (!conflictingBidders.isEmpty()) {
            throw ApiProblem.conflict("MEMBER_CONFLICT", member.subject + " declared a conflict of interest with bidder(s) "
                    + String.join(", ", conflictingBidders));
        }
        committee.add(member);
    }

    public void removeMember(String subject) {
        requireUndecided();
        if (!committee.removeIf(member -> member.subject.equals(subject))) {
            throw ApiProblem.notFound("Committee member", subject);
        }
    }

    /**
     * What keeps the committee from scoring and awarding: too few members, no official of the host country,
     * members with a declared conflict with a bidder (keyed by member subject).
     */
    public List<Problem.Violation> committeeViolations(String hostCountry, Map<String, Set<String>> conflictsWithBidders) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (committee.size() < MINIMUM_COMMITTEE_SIZE) {
            violations.add(Problem.Violation.ofRule("COMMITTEE_TOO_SMALL",
                    "The committee has " + committee.size() + " member(s); at least " + MINIMUM_COMMITTEE_SIZE + " are needed"));
        }
        if (committee.stream().noneMatch(member -> member.isOfficialOf(hostCountry))) {
            violations.add(Problem.Violation.ofRule("NO_HOST_COUNTRY_OFFICIAL",
                    "The committee needs at least one official of the host country " + hostCountry));
        }
        conflictsWithBidders.forEach((subject, bidders) -> {
            if (!bidders.isEmpty() && member(subject).isPresent()) {
                violations.add(Problem.Violation.ofRule("MEMBER_CONFLICT",
                        subject + " declared a conflict of interest with bidder(s) " + String.join(", ", bidders)));
            }
        });
        return violations;
    }

    /** The member the token names, scoring as what the committee registered it as. */
    public Scorer scorer(Credentials credentials, String hostCountry) {
        return member(credentials.subject())
                .orElseThrow(() -> ApiProblem.forbidden(credentials.subject() + " does not sit on the committee of tender " + id))
                .scoringWith(credentials, hostCountry);
    }

    /**
     * What the award still lacks: every member's score of every bid (SCORE_MISSING), and on every bid a score that a
     * member gave as the host country's official, verified by its token (HOST_OFFICIAL_SCORE_MISSING).
     */
    public List<Problem.Violation> scoresMissing(List<Bid> bids, String hostCountry) {
        List<Problem.Violation> missing = new ArrayList<>();
        for (Bid bid : bids) {
            for (CommitteeMember member : committee) {
                if (bid.scoreOf(member.subject).isEmpty()) {
                    missing.add(Problem.Violation.ofRule("SCORE_MISSING", member.subject + " has not scored bid " + bid.id));
                }
            }
        }
        for (Bid bid : bids) {
            if (!hasVerifiedHostOfficialScore(bid, hostCountry)) {
                missing.add(Problem.Violation.ofRule("HOST_OFFICIAL_SCORE_MISSING",
                        "No official of " + hostCountry + " on the committee has scored bid " + bid.id
                                + " with a token proving that role and country"));
            }
        }
        return missing;
    }

    public void award(UUID bidId, OffsetDateTime now) {
        requireBiddingClosed(now);
        awardedBidId = bidId;
        awardedAt = now;
        status = TenderStatus.AWARDED;
    }

    /** A tender can be cancelled until it is decided: awarded or already cancelled. */
    public boolean cancellable() {
        return status == TenderStatus.DRAFT || status == TenderStatus.OPEN;
    }

    /** Refused (409 TENDER_DECIDED) once the tender is awarded or cancelled. */
    public void cancel(OffsetDateTime now) {
        requireUndecided();
        status = TenderStatus.CANCELLED;
        cancelledAt = now;
    }

    /** Only a current member's score counts: a removed official's earlier scores do not. */
    private boolean hasVerifiedHostOfficialScore(Bid bid, String hostCountry) {
        return bid.technicalScores.stream().anyMatch(score -> score.byVerifiedHostOfficial
                && member(score.memberSubject).filter(member -> member.isOfficialOf(hostCountry)).isPresent());
    }

    private void requireUndecided() {
        if (status == TenderStatus.AWARDED || status == TenderStatus.CANCELLED) {
            throw ApiProblem.conflict("TENDER_DECIDED", "Tender " + id + " is " + status);
        }
    }

    private void startRound(OffsetDateTime deadline, OffsetDateTime now, String by) {
        round++;
        bidDeadline = deadline;
        rounds.add(new TenderRound(round, deadline, now, by));
    }

    private static void requireFuture(OffsetDateTime deadline, OffsetDateTime now) {
        if (!deadline.isAfter(now)) {
            throw ApiProblem.unprocessable("The bid deadline must lie in the future",
                    List.of(Problem.Violation.ofField("bidDeadline", "must be after " + now)));
        }
    }
}
