package org.kcity.applications.event;

import java.time.OffsetDateTime;

import org.kcity.applications.domain.Application;
import org.kcity.applications.domain.ApplicationStatus;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.application.withdrawn.v1}: a submitted application was withdrawn (drafts were never announced). */
public record ApplicationWithdrawn(String applicationId, String callId, ApplicationStatus previousStatus,
        OffsetDateTime withdrawnAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.application.withdrawn.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return applicationId;
    }

    public static ApplicationWithdrawn of(Application application, ApplicationStatus previousStatus) {
        return new ApplicationWithdrawn(application.id, application.callId,
                previousStatus, application.withdrawnAt);
    }
}
