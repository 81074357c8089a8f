package org.kcity.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A track a call offers: how many projects it selects and the support range of each (whole KRW). */
@Embeddable
public class TrackSetting {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Track track;

    @Column(nullable = false)
    public int quota;

    @Column(name = "support_floor", nullable = false)
    public long supportFloor;

    @Column(name = "support_cap", nullable = false)
    public long supportCap;

    protected TrackSetting() {
    }

    public TrackSetting(Track track, int quota, long supportFloor, long supportCap) {
        this.track = track;
        this.quota = quota;
        this.supportFloor = supportFloor;
        this.supportCap = supportCap;
    }
}
