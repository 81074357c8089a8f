package org.kcity.executors.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A company's or consortium's bid on a tender, and the committee's technical scores of it. */
@Entity
@Table(name = "bid")
public class Bid extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Column(nullable = false)
    public int round;

    @Column(name = "bidder_organization_id", nullable = false)
    public String bidderOrganizationId;

    @Column(name = "company_name", nullable = false)
    public String companyName;

    @Column(name = "registration_number", nullable = false)
    public String registrationNumber;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "consortium_members", nullable = false)
    public List<String> consortiumMembers = new ArrayList<>();

    @Column(name = "technical_proposal", nullable = false)
    public String technicalProposal;

    @Column(nullable = false)
    public long price;

    /** When the bid was first submitted: the earlier bid wins a tie. */
    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "revised_at")
    public OffsetDateTime revisedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "technical_score", joinColumns = @JoinColumn(name = "bid_id"))
    public List<TechnicalScore> technicalScores = new ArrayList<>();

    @Version
    public long version;

    public record Offer(String companyName, String registrationNumber, List<String> consortiumMembers,
            String technicalProposal, long price) {
    }

    public static Bid submit(Tender tender, String bidderOrganizationId, Offer offer, String by, OffsetDateTime now) {
        tender.requireAcceptingBids(now);
        Bid bid = new Bid();
        bid.id = UUID.randomUUID();
        bid.tenderId = tender.id;
        bid.round = tender.round;
        bid.bidderOrganizationId = bidderOrganizationId;
        bid.submittedBy = by;
        bid.submittedAt = now;
        bid.take(offer, tender);
        return bid;
    }

    public void revise(Tender tender, Offer offer, OffsetDateTime now) {
        tender.requireAcceptingBids(now);
        take(offer, tender);
        revisedAt = now;
    }

    public static List<Bid> ofTender(UUID tenderId) {
        return list("tenderId = ?1 order by submittedAt, id", tenderId);
    }

    public static Optional<Bid> ofBidder(UUID tenderId, String organizationId) {
        return find("tenderId = ?1 and bidderOrganizationId = ?2", tenderId, organizationId).firstResultOptional();
    }

    /** Records the scorer's technical score; scoring again replaces its earlier score. */
    public TechnicalScore score(Scorer scorer, int score, OffsetDateTime now) {
        technicalScores.removeIf(existing -> existing.memberSubject.equals(scorer.subject()));
        TechnicalScore recorded = new TechnicalScore(scorer, score, now);
        technicalScores.add(recorded);
        return recorded;
    }

    public Optional<Integer> scoreOf(String memberSubject) {
        return technicalScores.stream().filter(s -> s.memberSubject.equals(memberSubject)).map(s -> s.score).findFirst();
    }

    public Executor asExecutor() {
        return new Executor(bidderOrganizationId, companyName, registrationNumber, consortiumMembers);
    }

    private void take(Offer offer, Tender tender) {
        if (offer.price() > tender.budgetCeiling) {
            throw ApiProblem.unprocessable("The price exceeds the tender's budget ceiling",
                    List.of(Problem.Violation.ofRule("PRICE_ABOVE_CEILING",
                            "The price " + offer.price() + " KRW is above the budget ceiling of " + tender.budgetCeiling + " KRW")));
        }
        companyName = offer.companyName();
        registrationNumber = offer.registrationNumber();
        consortiumMembers = new ArrayList<>(offer.consortiumMembers());
        technicalProposal = offer.technicalProposal();
        price = offer.price();
    }
}
