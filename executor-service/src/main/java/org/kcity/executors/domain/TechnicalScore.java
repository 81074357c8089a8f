package org.kcity.executors.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One committee member's score (0-80) of a bid's technical part. */
@Embeddable
public class TechnicalScore {

    @Column(name = "member_subject", nullable = false)
    public String memberSubject;

    @Column(nullable = false)
    public int score;

    @Column(name = "scored_at", nullable = false)
    public OffsetDateTime scoredAt;

    protected TechnicalScore() {
    }

    TechnicalScore(String memberSubject, int score, OffsetDateTime scoredAt) {
        this.memberSubject = memberSubject;
        this.score = score;
        this.scoredAt = scoredAt;
    }
}
