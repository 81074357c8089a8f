package org.kcity.applications.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kcity.applications.domain.Call;
import org.kcity.applications.domain.CallStatus;
import org.kcity.applications.domain.ClosedBy;
import org.kcity.applications.domain.Criterion;
import org.kcity.applications.domain.RegionGroup;
import org.kcity.applications.domain.TrackTerms;
import org.kcity.platform.openapi.Examples;

public record CallView(
        @Schema(example = Examples.CALL_ID) String id,
        @Schema(example = "CLOSED") CallStatus status,
        @Schema(example = "2027") int year,
        @Schema(example = Examples.CALL_TITLE) String title,
        List<TrackTerms> tracks,
        List<Criterion> criteria,
        @Schema(example = "2027-03-02T10:00:00+09:00") OffsetDateTime opensAt,
        @Schema(example = "2027-04-30T18:00:00+09:00") OffsetDateTime closesAt,
        @Schema(example = "3000000000") long envelope,
        @Schema(example = "70") BigDecimal passingScore,
        @Schema(example = "3") int evaluationsPerApplication,
        @Schema(example = "true") boolean onePerCountry,
        List<RegionGroup> regionGroups,
        @Schema(example = "2027-02-15T09:00:00+09:00") OffsetDateTime createdAt,
        @Schema(example = "2027-03-02T10:00:00+09:00") OffsetDateTime openedAt,
        @Schema(example = "2027-04-30T18:00:00+09:00") OffsetDateTime closedAt,
        @Schema(example = "SCHEDULE") ClosedBy closedBy,
        @Schema(example = "2027-06-15T15:00:00+09:00") OffsetDateTime resultPublishedAt) {

    static CallView of(Call call) {
        return new CallView(call.id, call.status, call.year, call.title, call.tracks, call.criteria, call.opensAt,
                call.closesAt, call.envelope, call.passingScore, call.evaluationsPerApplication, call.onePerCountry,
                call.regionGroups, call.createdAt, call.openedAt, call.closedAt, call.closedBy, call.resultPublishedAt);
    }
}
