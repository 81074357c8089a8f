package org.kcity.executors.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One bidding round of a tender. */
@Embeddable
public class TenderRound {

    @Column(name = "round_no", nullable = false)
    public int roundNo;

    @Column(name = "bid_deadline", nullable = false)
    public OffsetDateTime bidDeadline;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    protected TenderRound() {
    }

    TenderRound(int roundNo, OffsetDateTime bidDeadline, OffsetDateTime openedAt, String openedBy) {
        this.roundNo = roundNo;
        this.bidDeadline = bidDeadline;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }
}
