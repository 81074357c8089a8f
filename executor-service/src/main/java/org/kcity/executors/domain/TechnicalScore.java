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

    /** Given by the host country's official with a token that proved it: the award reads this, not a token. */
    @Column(name = "by_verified_host_official", nullable = false)
    public boolean byVerifiedHostOfficial;

    protected TechnicalScore() {
    }

    TechnicalScore(Scorer scorer, int score, OffsetDateTime scoredAt) {
        this.memberSubject = scorer.subject();
        this.score = score;
        this.scoredAt = scoredAt;
        this.byVerifiedHostOfficial = scorer.verifiedHostOfficial();
    }
}
