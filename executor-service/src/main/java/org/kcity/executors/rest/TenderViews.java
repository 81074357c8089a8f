package org.kcity.executors.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kcity.executors.domain.Bid;
import org.kcity.executors.domain.MemberKind;
import org.kcity.executors.domain.TechnicalScore;
import org.kcity.executors.domain.Tender;
import org.kcity.executors.domain.TenderStatus;
import org.kcity.executors.service.CommitteeService;
import org.kcity.executors.service.TenderService;
import org.kcity.platform.openapi.Examples;
import org.kcity.platform.problem.Problem;

/** The JSON shapes of tenders, bids, committees and score tables. */
public final class TenderViews {

    private TenderViews() {
    }

    public record RoundView(
            @Schema(example = "1") int round,
            @Schema(example = "2027-07-15T18:00:00+09:00") OffsetDateTime bidDeadline,
            @Schema(example = "2027-06-29T09:00:00+09:00") OffsetDateTime openedAt) {
    }

    public record TenderView(
            @Schema(example = Examples.TENDER_ID) UUID id,
            @Schema(example = Examples.PROJECT_ID) String projectId,
            @Schema(example = "AWARDED") TenderStatus status,
            @Schema(example = "Survey the ten busiest corridors of Da Nang and deliver an adaptive signal master plan with a traffic data platform design, by the end of March 2028.") String scope,
            @Schema(example = Examples.REQUESTED_SUPPORT) long budgetCeiling,
            @Schema(example = "2027-07-15T18:00:00+09:00") OffsetDateTime bidDeadline,
            @Schema(example = "1") int round,
            List<RoundView> rounds,
            @Schema(example = Examples.BID_ID) UUID awardedBidId,
            @Schema(example = "2027-07-22T14:00:00+09:00") OffsetDateTime awardedAt,
            @Schema(example = "2027-06-28T11:00:05+09:00") OffsetDateTime createdAt) {

        static TenderView of(Tender tender) {
            return new TenderView(tender.id, tender.projectId, tender.status, tender.scope, tender.budgetCeiling,
                    tender.bidDeadline, tender.round,
                    tender.rounds().stream().map(r -> new RoundView(r.roundNo, r.bidDeadline, r.openedAt)).toList(),
                    tender.awardedBidId, tender.awardedAt, tender.createdAt);
        }
    }

    public record BidView(
            @Schema(example = Examples.BID_ID) UUID id,
            @Schema(example = Examples.TENDER_ID) UUID tenderId,
            @Schema(example = "1") int round,
            @Schema(example = Examples.BIDDER_ORGANIZATION_ID) String bidderOrganizationId,
            @Schema(example = Examples.COMPANY) String companyName,
            @Schema(example = "214-86-12345") String registrationNumber,
            @Schema(example = "[\"Seoul Urban Data Lab Inc.\"]") List<String> consortiumMembers,
            @Schema(example = "Adaptive signal control tested in Sejong, a corridor survey in the first two months and a data platform built on the city's existing cameras.") String technicalProposalSummary,
            @Schema(example = Examples.CONTRACT_AMOUNT) long price,
            @Schema(example = "2027-07-08T16:20:00+09:00") OffsetDateTime submittedAt,
            @Schema(example = "2027-07-12T10:00:00+09:00") OffsetDateTime revisedAt) {

        static BidView of(Bid bid) {
            return new BidView(bid.id, bid.tenderId, bid.round, bid.bidderOrganizationId, bid.companyName,
                    bid.registrationNumber, List.copyOf(bid.consortiumMembers), bid.technicalProposal, bid.price,
                    bid.submittedAt, bid.revisedAt);
        }
    }

    /** {@code verifiedHostOfficial}: the score counts as the host country's official's for the award. */
    public record ScoreView(
            @Schema(example = Examples.BID_ID) UUID bidId,
            @Schema(example = Examples.HOST_OFFICIAL) String member,
            @Schema(example = "70") int score,
            @Schema(example = "true") boolean verifiedHostOfficial) {

        static ScoreView of(UUID bidId, TechnicalScore score) {
            return new ScoreView(bidId, score.memberSubject, score.score, score.byVerifiedHostOfficial);
        }
    }

    public record MemberView(
            @Schema(example = Examples.HOST_OFFICIAL) String subject,
            @Schema(example = "Tran Van Minh") String name,
            @Schema(example = "OVERSEAS_OFFICIAL") MemberKind kind,
            @Schema(example = "VN") String country,
            @Schema(example = "2027-07-01T10:00:00+09:00") OffsetDateTime addedAt) {
    }

    public record CommitteeView(
            @Schema(example = Examples.TENDER_ID) UUID tenderId,
            List<MemberView> members,
            @Schema(example = "true") boolean valid,
            List<Problem.Violation> violations) {

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
    public record ScoreLineView(
            @Schema(example = Examples.BID_ID) UUID bidId,
            @Schema(example = Examples.BIDDER_ORGANIZATION_ID) String bidderOrganizationId,
            @Schema(example = Examples.COMPANY) String companyName,
            @Schema(example = Examples.CONTRACT_AMOUNT) long price,
            @Schema(example = "2027-07-08T16:20:00+09:00") OffsetDateTime submittedAt,
            @Schema(example = "{\"official-danang\": 70, \"expert-yoon\": 66, \"expert-jang\": 66}") Map<String, Integer> technicalScores,
            @Schema(example = "67.33") String technicalMean,
            @Schema(example = "20.00") String priceScore,
            @Schema(example = "87.33") String total,
            @Schema(example = "1") Integer rank) {

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

    public record ScoreTableView(
            @Schema(example = Examples.TENDER_ID) UUID tenderId,
            @Schema(example = "1") int round,
            @Schema(example = "[\"official-danang\", \"expert-yoon\", \"expert-jang\"]") List<String> members,
            @Schema(example = "true") boolean complete,
            List<Problem.Violation> missingScores,
            List<ScoreLineView> bids) {

        static ScoreTableView of(TenderService.ScoreTable table) {
            List<ScoreLineView> lines = table.lines().stream().map(ScoreLineView::of)
                    .sorted(Comparator.comparing(ScoreLineView::rank,
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            return new ScoreTableView(table.tender().id, table.tender().round, table.members(), table.complete(),
                    table.missing(), lines);
        }
    }

    public record AwardView(
            @Schema(example = Examples.TENDER_ID) UUID tenderId,
            @Schema(example = Examples.PROJECT_ID) String projectId,
            @Schema(example = Examples.BID_ID) UUID winningBidId,
            @Schema(example = Examples.BIDDER_ORGANIZATION_ID) String executorOrganizationId,
            @Schema(example = Examples.COMPANY) String executorName,
            @Schema(example = Examples.CONTRACT_AMOUNT) long contractAmount,
            @Schema(example = "2027-08-01") LocalDate startDate) {

        static AwardView of(TenderService.Award award) {
            return new AwardView(award.tender().id, award.project().id, award.winner().id, award.winner().bidderOrganizationId,
                    award.winner().companyName, award.winner().price, award.project().startDate);
        }
    }
}
