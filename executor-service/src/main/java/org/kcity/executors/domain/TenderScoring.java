package org.kcity.executors.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The tender's scoring rule: technical mean (0-80) + price score (20 x lowest price / bid price), highest total first,
 * ties to the lower price, then the earlier bid. Exact arithmetic throughout.
 */
public final class TenderScoring {

    public static final long PRICE_WEIGHT = 20;

    private TenderScoring() {
    }

    public record Candidate(UUID bidId, long price, OffsetDateTime submittedAt, List<Integer> technicalScores) {
    }

    public record Standing(UUID bidId, long price, Ratio technicalMean, Ratio priceScore, Ratio total, int rank) {
    }

    private static final Comparator<Unranked> BEST_FIRST = Comparator.comparing(Unranked::total).reversed()
            .thenComparingLong(unranked -> unranked.candidate().price())
            .thenComparing(unranked -> unranked.candidate().submittedAt())
            .thenComparing(unranked -> unranked.candidate().bidId());

    private record Unranked(Candidate candidate, Ratio technicalMean, Ratio priceScore, Ratio total) {
    }

    /** Ranks bids that all have at least one technical score and a positive price. */
    public static List<Standing> rank(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        long lowestPrice = candidates.stream().mapToLong(Candidate::price).min().orElseThrow();
        List<Unranked> unranked = candidates.stream().map(candidate -> {
            Ratio technicalMean = Ratio.of(candidate.technicalScores().stream().mapToLong(Integer::longValue).sum(),
                    candidate.technicalScores().size());
            Ratio priceScore = Ratio.of(PRICE_WEIGHT * lowestPrice, candidate.price());
            return new Unranked(candidate, technicalMean, priceScore, technicalMean.plus(priceScore));
        }).sorted(BEST_FIRST).toList();
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Unranked bid = unranked.get(i);
            standings.add(new Standing(bid.candidate().bidId(), bid.candidate().price(), bid.technicalMean(), bid.priceScore(),
                    bid.total(), i + 1));
        }
        return standings;
    }
}
