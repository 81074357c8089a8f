package org.kcity.applications.event;

import java.time.OffsetDateTime;

import org.kcity.applications.domain.Application;
import org.kcity.applications.domain.ApplicationStatus;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.application.screened.v1}: an officer screened a submitted application in or out. */
public record ApplicationScreened(String applicationId, String callId, ApplicationStatus outcome, String reason,
        OffsetDateTime screenedAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.application.screened.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return applicationId;
    }

    public static ApplicationScreened of(Application application) {
        return new ApplicationScreened(application.id, application.callId,
                application.status, application.screeningReason, application.screenedAt);
    }
}
