package org.kcity.executors.event;

import java.time.OffsetDateTime;

import org.kcity.executors.domain.Project;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.executor.project_cancelled.v1}: the project will never run (its open tender, if any, is cancelled with it). Subject: project id. */
public record ProjectCancelled(String projectId, String callId, String tenderId, String reason, OffsetDateTime cancelledAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.executor.project_cancelled.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }

    public static ProjectCancelled of(Project project, String tenderId) {
        return new ProjectCancelled(project.id, project.callId, tenderId, project.cancellationReason, project.cancelledAt);
    }
}
