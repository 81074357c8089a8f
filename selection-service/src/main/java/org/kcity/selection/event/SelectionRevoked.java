package org.kcity.selection.event;

import java.time.OffsetDateTime;

import org.kcity.platform.event.OutgoingEvent;
import org.kcity.selection.domain.Track;

/** {@code kcity.selection.revoked.v1}: a selected project's application was withdrawn. Subject: project id. */
public record SelectionRevoked(String projectId, String applicationId, String callId, Track track, String siteCountry,
        String reason, OffsetDateTime revokedAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.selection.revoked.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }
}
