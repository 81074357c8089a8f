package org.kcity.selection.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The selection rule of a call, deterministic so that anyone recomputing it from the same inputs gets the same
 * list: order every rankable application by score descending (exact), then earlier submission, then application
 * id; walk that order selecting an application when its track's quota is not full and, under one-per-country,
 * its site country has no selected project in the call yet. Every other rankable application joins its
 * track's reserve list in walk order.
 */
public final class Ranking {

    /** The walk order: best score first, then earlier submission, then application id. */
    public static final Comparator<RankingEntry> WALK_ORDER = (a, b) -> {
        int byScore = b.score().compareTo(a.score());
        if (byScore != 0) {
            return byScore;
        }
        int bySubmission = a.submittedAt().compareTo(b.submittedAt());
        return bySubmission != 0 ? bySubmission : a.applicationId().compareTo(b.applicationId());
    };

    private final List<Placement> placements;

    private Ranking(List<Placement> placements) {
        this.placements = List.copyOf(placements);
    }

    public static Ranking of(RankingRules rules, List<RankingEntry> entries) {
        RankingEntry[] ordered = entries.toArray(RankingEntry[]::new);
        Arrays.sort(ordered, WALK_ORDER);
        List<Placement> placed = new ArrayList<>(ordered.length);
        List<Placement> out = new ArrayList<>();
        Map<Track, int[]> rankedInTrack = new EnumMap<>(Track.class);
        Map<Track, int[]> selectedInTrack = new EnumMap<>(Track.class);
        Map<Track, int[]> reservedInTrack = new EnumMap<>(Track.class);
        Set<String> countriesTaken = new HashSet<>();
        for (RankingEntry entry : ordered) {
            PlacementReason exclusion = exclusion(rules, entry);
            if (exclusion != null) {
                out.add(new Placement(entry, Outcome.OUT, exclusion, null, null));
                continue;
            }
            int rank = ++counter(rankedInTrack, entry.track())[0];
            int[] selected = counter(selectedInTrack, entry.track());
            boolean quotaFull = selected[0] >= rules.quotaOf(entry.track());
            boolean countryTaken = rules.onePerCountry() && countriesTaken.contains(entry.country());
            if (!quotaFull && !countryTaken) {
                selected[0]++;
                countriesTaken.add(entry.country());
                placed.add(new Placement(entry, Outcome.SELECTED, null, rank, null));
            } else {
                int reservePosition = ++counter(reservedInTrack, entry.track())[0];
                placed.add(new Placement(entry, Outcome.RESERVE,
                        quotaFull ? PlacementReason.QUOTA_FULL : PlacementReason.COUNTRY_TAKEN, rank, reservePosition));
            }
        }
        placed.addAll(out);
        return new Ranking(placed);
    }

    /** Why the entry cannot be ranked at all, or null when it is rankable. */
    private static PlacementReason exclusion(RankingRules rules, RankingEntry entry) {
        if (entry.status() == CandidateStatus.WITHDRAWN) {
            return PlacementReason.WITHDRAWN;
        }
        if (entry.status() == CandidateStatus.SCREENED_OUT) {
            return PlacementReason.SCREENED_OUT;
        }
        if (entry.score().sheets() < rules.evaluationsNeeded()) {
            return PlacementReason.TOO_FEW_SHEETS;
        }
        if (!entry.score().reaches(rules.passingScore())) {
            return PlacementReason.BELOW_PASSING_SCORE;
        }
        return null;
    }

    private static int[] counter(Map<Track, int[]> counters, Track track) {
        return counters.computeIfAbsent(track, t -> new int[1]);
    }

    /** Every application: the rankable ones in walk order, then the ones out, in the same order. */
    public List<Placement> placements() {
        return placements;
    }

    public List<Placement> inTrack(Track track) {
        return placements.stream().filter(p -> p.entry().track() == track).toList();
    }

    public List<Placement> withOutcome(Outcome outcome) {
        return placements.stream().filter(p -> p.outcome() == outcome).toList();
    }
}
