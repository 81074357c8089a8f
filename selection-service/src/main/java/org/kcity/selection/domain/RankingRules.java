package org.kcity.selection.domain;

import java.util.Map;

/**
 * The parts of a call that decide its ranking.
 *
 * @param quotas how many projects each track selects; a track the call does not offer selects none
 */
public record RankingRules(PassingScore passingScore, int evaluationsNeeded, boolean onePerCountry, Map<Track, Integer> quotas) {

    public RankingRules {
        if (evaluationsNeeded < 1) {
            throw new IllegalArgumentException("At least one evaluation is needed per application");
        }
        quotas = Map.copyOf(quotas);
    }

    public int quotaOf(Track track) {
        return quotas.getOrDefault(track, 0);
    }
}
