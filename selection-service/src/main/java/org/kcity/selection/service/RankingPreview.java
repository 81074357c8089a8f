package org.kcity.selection.service;

import java.util.Map;

import org.kcity.selection.domain.Call;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.Ranking;

/** A call's ranking as of now, with the applications it ranks. */
public record RankingPreview(Call call, Ranking ranking, Map<String, Candidate> candidates) {

    public Candidate candidate(String applicationId) {
        return candidates.get(applicationId);
    }
}
