package org.kcity.selection.event;

import java.time.OffsetDateTime;
import java.util.List;

import org.kcity.platform.event.OutgoingEvent;
import org.kcity.selection.domain.PressFigures;

/** {@code kcity.selection.published.v1}: a call's result with its press-release figures. Subject: call id. */
public record SelectionPublished(String callId, int year, OffsetDateTime publishedAt, int entries, int countries,
        int withdrawn, List<PressFigures.TrackFigures> byTrack, List<PressFigures.RegionFigures> selectedByRegion,
        List<String> selectedProjects) implements OutgoingEvent {

    public static final String TYPE = "kcity.selection.published.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return callId;
    }
}
