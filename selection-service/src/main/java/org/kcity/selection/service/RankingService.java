package org.kcity.selection.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.selection.domain.Call;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.Ranking;
import org.kcity.selection.domain.RankingEntry;
import org.kcity.selection.domain.Score;
import org.kcity.selection.domain.ScoreSheet;

/** Ranks a call's applications from this service's copy of them and the sheets filed so far. */
@ApplicationScoped
public class RankingService {

    private final CallService calls;

    RankingService(CallService calls) {
        this.calls = calls;
    }

    @Transactional
    public RankingPreview preview(String callId) {
        return rank(calls.find(callId));
    }

    RankingPreview rank(Call call) {
        List<Candidate> candidates = Candidate.list("callId", call.id);
        Map<String, Score> scores = scores(call.id);
        List<RankingEntry> entries = candidates.stream()
                .map(candidate -> candidate.toRankingEntry(scores.getOrDefault(candidate.applicationId, Score.NONE)))
                .toList();
        Map<String, Candidate> byId = candidates.stream().collect(Collectors.toMap(c -> c.applicationId, Function.identity()));
        return new RankingPreview(call, Ranking.of(call.rankingRules(), entries), byId);
    }

    /** The sheets that count: those of assignments not suspended by a conflict of interest. */
    private static Map<String, Score> scores(String callId) {
        List<Object[]> rows = ScoreSheet.getEntityManager().createQuery("""
                select s.applicationId, count(s), sum(s.weightedSum) from ScoreSheet s, Assignment a
                where s.callId = :callId and a.applicationId = s.applicationId and a.evaluatorId = s.evaluatorId
                and a.suspendedAt is null
                group by s.applicationId""", Object[].class)
                .setParameter("callId", callId).getResultList();
        Map<String, Score> scores = new HashMap<>();
        for (Object[] row : rows) {
            scores.put((String) row[0], new Score(((Number) row[2]).longValue(), ((Number) row[1]).intValue()));
        }
        return scores;
    }
}
