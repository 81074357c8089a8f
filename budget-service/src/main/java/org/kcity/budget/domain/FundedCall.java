package org.kcity.budget.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A call as this service knows it from {@code CallOpened}: its envelope is shared by the finalized budgets of
 * its projects. Its row is the lock that serializes every change of the committed amount.
 */
@Entity
@Table(name = "funded_call")
public class FundedCall extends PanacheEntityBase {

    @Id
    @Column(name = "call_id")
    public String callId;

    @Column(name = "call_year", nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    /** Whole KRW. */
    @Column(nullable = false)
    public long envelope;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funded_call_track", joinColumns = @JoinColumn(name = "call_id"))
    public List<CallTrack> tracks = new ArrayList<>();

    protected FundedCall() {
    }

    public FundedCall(String callId) {
        this.callId = callId;
    }

    /** The call, locked until the transaction ends, so envelope checks of concurrent finalizations run one after another. */
    public static Optional<FundedCall> lockedForEnvelopeChange(String callId) {
        return Optional.ofNullable(findById(callId, LockModeType.PESSIMISTIC_WRITE));
    }

    public void announce(int year, String title, long envelope, OffsetDateTime openedAt, List<CallTrack> tracks) {
        this.year = year;
        this.title = title;
        this.envelope = envelope;
        this.openedAt = openedAt;
        this.tracks.clear();
        this.tracks.addAll(tracks);
    }
}
