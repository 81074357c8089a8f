package org.kcity.selection.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A selected or reserve application in a published (frozen) result; a selected one is a project. */
@Entity
@Table(name = "result_entry")
public class ResultEntry extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public String applicationId;

    @Column(name = "call_id", nullable = false)
    public String callId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Track track;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResultStatus status;

    /** Position among the rankable applications of the track in walk order. */
    @Column(name = "rank_in_track", nullable = false)
    public int rankInTrack;

    /** Position on the track's reserve list at publication; null for those selected at publication. */
    @Column(name = "reserve_position")
    public Integer reservePosition;

    @Column(name = "score_weighted_sum", nullable = false)
    public long scoreWeightedSum;

    @Column(name = "score_sheets", nullable = false)
    public int scoreSheets;

    @Column(name = "project_id")
    public String projectId;

    @Column(nullable = false)
    public boolean promoted;

    @Column(name = "replaces_project_id")
    public String replacesProjectId;

    @Column(name = "selected_at")
    public OffsetDateTime selectedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Version
    public long version;

    protected ResultEntry() {
    }

    public ResultEntry(String callId, Placement placement, OffsetDateTime at) {
        this.applicationId = placement.entry().applicationId();
        this.callId = callId;
        this.track = placement.entry().track();
        this.rankInTrack = placement.rank();
        this.reservePosition = placement.reservePosition();
        this.scoreWeightedSum = placement.entry().score().weightedSum();
        this.scoreSheets = placement.entry().score().sheets();
        if (placement.outcome() == Outcome.SELECTED) {
            select(at);
        } else {
            this.status = ResultStatus.RESERVE;
        }
    }

    public Score score() {
        return new Score(scoreWeightedSum, scoreSheets);
    }

    public boolean isSelected() {
        return status == ResultStatus.SELECTED;
    }

    /** A reserve takes the place of a revoked project. */
    public void promote(ResultEntry revoked, OffsetDateTime at) {
        select(at);
        promoted = true;
        replacesProjectId = revoked.projectId;
    }

    public void revoke(OffsetDateTime at) {
        status = ResultStatus.REVOKED;
        revokedAt = at;
    }

    private void select(OffsetDateTime at) {
        status = ResultStatus.SELECTED;
        projectId = UUID.randomUUID().toString();
        selectedAt = at;
    }
}
