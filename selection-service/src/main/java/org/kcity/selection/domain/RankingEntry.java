package org.kcity.selection.domain;

import java.time.Instant;
import java.util.Objects;

/** One application as the ranking sees it. */
public record RankingEntry(String applicationId, Track track, String country, Instant submittedAt, CandidateStatus status,
        Score score) {

    public RankingEntry {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(score, "score");
    }
}
