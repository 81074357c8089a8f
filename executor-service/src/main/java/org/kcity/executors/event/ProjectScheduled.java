package org.kcity.executors.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.kcity.executors.domain.Project;
import org.kcity.executors.domain.Track;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.executor.project_scheduled.v1}: an appointed project starts on its start date. Subject: project id. */
public record ProjectScheduled(String projectId, String callId, Track track, String siteCountry,
        String executorOrganizationId, LocalDate startDate, OffsetDateTime scheduledAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.executor.project_scheduled.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }

    public static ProjectScheduled of(Project project, String executorOrganizationId) {
        return new ProjectScheduled(project.id, project.callId, project.track, project.siteCountry, executorOrganizationId,
                project.startDate, project.appointedAt);
    }
}
