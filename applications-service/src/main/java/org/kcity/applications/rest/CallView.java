package org.kcity.applications.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.kcity.applications.domain.Call;
import org.kcity.applications.domain.CallStatus;
import org.kcity.applications.domain.ClosedBy;
import org.kcity.applications.domain.Criterion;
import org.kcity.applications.domain.RegionGroup;
import org.kcity.applications.domain.TrackTerms;

public record CallView(String id, CallStatus status, int year, String title, List<TrackTerms> tracks,
        List<Criterion> criteria, OffsetDateTime opensAt, OffsetDateTime closesAt, long envelope, BigDecimal passingScore,
        int evaluationsPerApplication, boolean onePerCountry, List<RegionGroup> regionGroups, OffsetDateTime createdAt,
        OffsetDateTime openedAt, OffsetDateTime closedAt, ClosedBy closedBy, OffsetDateTime resultPublishedAt) {

    static CallView of(Call call) {
        return new CallView(call.id, call.status, call.year, call.title, call.tracks, call.criteria, call.opensAt,
                call.closesAt, call.envelope, call.passingScore, call.evaluationsPerApplication, call.onePerCountry,
                call.regionGroups, call.createdAt, call.openedAt, call.closedAt, call.closedBy, call.resultPublishedAt);
    }
}
