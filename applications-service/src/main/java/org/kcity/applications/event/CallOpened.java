package org.kcity.applications.event;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.kcity.applications.domain.Call;
import org.kcity.applications.domain.Criterion;
import org.kcity.applications.domain.RegionGroup;
import org.kcity.applications.domain.TrackTerms;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.call.opened.v1}: the whole configuration later stages need (quotas, ranges, weights, rules). */
public record CallOpened(String callId, int year, String title, List<TrackTerms> tracks, List<Criterion> criteria,
        OffsetDateTime opensAt, OffsetDateTime closesAt, long envelope, BigDecimal passingScore,
        int evaluationsPerApplication, boolean onePerCountry, List<RegionGroup> regionGroups, OffsetDateTime openedAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.call.opened.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return callId;
    }

    public static CallOpened of(Call call) {
        return new CallOpened(call.id, call.year, call.title, call.tracks, call.criteria,
                call.opensAt, call.closesAt, call.envelope, call.passingScore, call.evaluationsPerApplication,
                call.onePerCountry, call.regionGroups, call.openedAt);
    }
}
