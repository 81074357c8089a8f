package org.kcity.executors.event;

import java.time.OffsetDateTime;
import java.util.List;

import org.kcity.executors.domain.AppointmentMethod;
import org.kcity.executors.domain.Executor;
import org.kcity.executors.domain.Project;
import org.kcity.executors.domain.Track;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.executor.appointed.v1}: a project has its executor and contract amount. Subject: project id. */
public record ExecutorAppointed(String projectId, String callId, Track track, String siteCountry, AppointedExecutor executor,
        long contractAmount, AppointmentMethod method, String tenderId, OffsetDateTime appointedAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.executor.appointed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }

    public record AppointedExecutor(String organizationId, String name, String registrationNumber, List<String> members) {
    }

    /** The appointment of {@code project}, which has just been appointed; {@code tenderId} is null without a tender. */
    public static ExecutorAppointed of(Project project, Executor executor, String tenderId) {
        return new ExecutorAppointed(project.id, project.callId, project.track, project.siteCountry,
                new AppointedExecutor(executor.organizationId(), executor.name(), executor.registrationNumber(),
                        executor.members()), project.contractAmount, project.appointmentMethod, tenderId, project.appointedAt);
    }
}
