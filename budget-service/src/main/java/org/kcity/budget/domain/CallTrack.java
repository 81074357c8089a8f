package org.kcity.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A track a call offers, with the support range (whole KRW) every budget of that track must respect. */
@Embeddable
public class CallTrack {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Track track;

    @Column(nullable = false)
    public int quota;

    @Column(name = "support_floor", nullable = false)
    public long supportFloor;

    @Column(name = "support_cap", nullable = false)
    public long supportCap;

    protected CallTrack() {
    }

    public CallTrack(Track track, int quota, long supportFloor, long supportCap) {
        this.track = track;
        this.quota = quota;
        this.supportFloor = supportFloor;
        this.supportCap = supportCap;
    }
}
