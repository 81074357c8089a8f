package org.kcity.executors.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kcity.executors.domain.Bid;
import org.kcity.executors.domain.MemberKind;
import org.kcity.executors.domain.TechnicalScore;
import org.kcity.executors.domain.Tender;
import org.kcity.executors.domain.TenderStatus;
import org.kcity.executors.service.CommitteeService;
import org.kcity.executors.service.TenderService;
import org.kcity.platform.problem.Problem;

/** The JSON shapes of tenders, bids, committees and score tables. */
public final class TenderViews {

    private TenderViews() {
    }

    public record RoundView(int round, OffsetDateTime bidDeadline, OffsetDateTime openedAt) {
    }

    public record TenderView(UUID id, String projectId, TenderStatus status, String scope, long budgetCeiling,
            OffsetDateTime bidDeadline, int round, List<RoundView> rounds, UUID awardedBidId, OffsetDateTime awardedAt,
            OffsetDateTime createdAt) {

        static TenderView of(Tender tender) {
            return new TenderView(tender.id, tender.projectId, tender.status, tender.scope, tender.budgetCeiling,
                    tender.bidDeadline, tender.round,
                    tender.rounds().stream().map(r -> new RoundView(r.roundNo, r.bidDeadline, r.openedAt)).toList(),
                    tender.awardedBidId, tender.awardedAt, tender.createdAt);
        }
    }

    public record BidView(UUID id, UUID tenderId, int round, String bidderOrganizationId, String companyName,
            String registrationNumber, List<String> consortiumMembers, String technicalProposalSummary, long price,
            OffsetDateTime submittedAt, OffsetDateTime revisedAt) {

        static BidView of(Bid bid) {
            return new BidView(bid.id, bid.tenderId, bid.round, bid.bidderOrganizationId, bid.companyName,
                    bid.registrationNumber, List.copyOf(bid.consortiumMembers), bid.technicalProposal, bid.price,
                    bid.submittedAt, bid.revisedAt);
        }
    }

    /** {@code verifiedHostOfficial}: the score counts as the host country's official's for the award. */
    public record ScoreView(UUID bidId, String member, int score, boolean verifiedHostOfficial) {

        static ScoreView of(UUID bidId, TechnicalScore score) {
            return new ScoreView(bidId, score.memberSubject, score.score, score.byVerifiedHostOfficial);
        }
    }

    public record MemberView(String subject, String name, MemberKind kind, String country, OffsetDateTime addedAt) {
    }

    public record CommitteeView(UUID tenderId, List<MemberView> members, boolean valid, List<Problem.Violation> violations) {

        static CommitteeView of(CommitteeService.Committee committee) {
            return new CommitteeView(committee.tender().id,
                    committee.members().stream().map(m -> new MemberView(m.subject, m.name, m.kind, m.country, m.addedAt)).toList(),
                    committee.violations().isEmpty(), committee.violations());
        }
    }

    /**
     * Figures are exact internally and shown to 2 decimals; they are null until the table holds every score the award
     * needs (see the table's missingScores).
     */
    public record ScoreLineView(UUID bidId, String bidderOrganizationId, String companyName, long price,
            OffsetDateTime submittedAt, Map<String, Integer> technicalScores, String technicalMean, String priceScore,
            String total, Integer rank) {

        static ScoreLineView of(TenderService.ScoreLine line) {
            Bid bid = line.bid();
            var standing = line.standing();
            return new ScoreLineView(bid.id, bid.bidderOrganizationId, bid.companyName, bid.price, bid.submittedAt,
                    line.scoresByMember(),
                    standing == null ? null : standing.technicalMean().toTwoDecimals(),
                    standing == null ? null : standing.priceScore().toTwoDecimals(),
                    standing == null ? null : standing.total().toTwoDecimals(),
                    standing == null ? null : standing.rank());
        }
    }

    public record ScoreTableView(UUID tenderId, int round, List<String> members, boolean complete,
            List<Problem.Violation> missingScores, List<ScoreLineView> bids) {

        static ScoreTableView of(TenderService.ScoreTable table) {
            List<ScoreLineView> lines = table.lines().stream().map(ScoreLineView::of)
                    .sorted(Comparator.comparing(ScoreLineView::rank,
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            return new ScoreTableView(table.tender().id, table.tender().round, table.members(), table.complete(),
                    table.missing(), lines);
        }
    }

    public record AwardView(UUID tenderId, String projectId, UUID winningBidId, String executorOrganizationId,
            String executorName, long contractAmount, LocalDate startDate) {

        static AwardView of(TenderService.Award award) {
            return new AwardView(award.tender().id, award.project().id, award.winner().id, award.winner().bidderOrganizationId,
                    award.winner().companyName, award.winner().price, award.project().startDate);
        }
    }
}
