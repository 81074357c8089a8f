package org.kcity.executors.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.kcity.executors.domain.Project;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.executor.project_commenced.v1}: the project started; its money is being spent. Subject: project id. */
public record ProjectCommenced(String projectId, String callId, LocalDate startDate, OffsetDateTime commencedAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.executor.project_commenced.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }

    public static ProjectCommenced of(Project project) {
        return new ProjectCommenced(project.id, project.callId, project.startDate, project.commencedAt);
    }
}
