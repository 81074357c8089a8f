package org.kcity.budget.event;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.kcity.budget.domain.Track;

/** This service's view of {@code kcity.call.opened.v1}: the envelope and the tracks' support ranges. */
public record CallOpened(@NotNull String callId, @NotNull Integer year, @NotNull String title,
        @NotNull List<TrackRange> tracks, @NotNull Long envelope, @NotNull OffsetDateTime openedAt) {

    public static final String TYPE = "kcity.call.opened.v1";

    public record TrackRange(Track track, int quota, long supportFloor, long supportCap) {
    }
}
