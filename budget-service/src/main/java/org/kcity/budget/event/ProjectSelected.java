package org.kcity.budget.event;

import java.time.OffsetDateTime;

import org.kcity.budget.domain.SelectedProject;
import org.kcity.budget.domain.Track;

/** This service's view of {@code kcity.selection.project_selected.v1}. */
public record ProjectSelected(String projectId, String applicationId, String callId, Track track, String siteCountry,
        String city, String title, Applicant applicant, Long requestedSupport, Long supportFloor, Long supportCap,
        boolean promoted, String replacesProjectId, OffsetDateTime selectedAt, OffsetDateTime resultPublishedAt) {

    public static final String TYPE = "kcity.selection.project_selected.v1";

    public record Applicant(String name) {
    }

    public SelectedProject toSelectedProject() {
        return new SelectedProject(projectId, applicationId, callId, track, siteCountry, city, title, applicant.name(),
                requestedSupport, supportFloor, supportCap, promoted, replacesProjectId, selectedAt, resultPublishedAt);
    }

    boolean isComplete() {
        return projectId != null && applicationId != null && callId != null && track != null && siteCountry != null
                && city != null && title != null && applicant != null && applicant.name() != null && requestedSupport != null
                && supportFloor != null && supportCap != null && selectedAt != null && resultPublishedAt != null;
    }
}
