package org.kcity.executors.event;

import java.time.OffsetDateTime;

import org.kcity.executors.domain.Track;

/** This service's view of {@code kcity.selection.project_selected.v1}: a project to find an executor for. */
public record ProjectSelected(String projectId, String callId, int year, Track track, String siteCountry, String title,
        Applicant applicant, OffsetDateTime selectedAt) {

    public static final String TYPE = "kcity.selection.project_selected.v1";

    public record Applicant(String organizationId, String name) {
    }
}
