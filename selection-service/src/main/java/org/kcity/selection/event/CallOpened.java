package org.kcity.selection.event;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.kcity.selection.domain.Track;

/** What this service reads of {@code kcity.call.opened.v1}. */
public record CallOpened(String callId, int year, String title, List<TrackData> tracks, List<CriterionData> criteria,
        @NotNull BigDecimal passingScore, @Min(1) int evaluationsPerApplication, boolean onePerCountry,
        List<RegionGroup> regionGroups, @NotNull OffsetDateTime openedAt) {

    public static final String TYPE = "kcity.call.opened.v1";

    public record TrackData(Track track, int quota, long supportFloor, long supportCap) {
    }

    public record CriterionData(String code, String name, int weight) {
    }

    public record RegionGroup(String name) {
    }
}
