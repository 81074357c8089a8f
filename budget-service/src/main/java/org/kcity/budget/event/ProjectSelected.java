package org.kcity.budget.event;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.kcity.budget.domain.SelectedProject;
import org.kcity.budget.domain.Track;

/** This service's view of {@code kcity.selection.project_selected.v1}. */
public record ProjectSelected(@NotNull String projectId, @NotNull String applicationId, @NotNull String callId,
        @NotNull Track track, @NotNull String siteCountry, @NotNull String city, @NotNull String title,
        @NotNull @Valid Applicant applicant, @NotNull Long requestedSupport, @NotNull Long supportFloor,
        @NotNull Long supportCap, boolean promoted, String replacesProjectId, @NotNull OffsetDateTime selectedAt,
        @NotNull OffsetDateTime resultPublishedAt) {

    public static final String TYPE = "kcity.selection.project_selected.v1";

    public record Applicant(@NotNull String name) {
    }

    public SelectedProject toSelectedProject() {
        return new SelectedProject(projectId, applicationId, callId, track, siteCountry, city, title, applicant.name(),
                requestedSupport, supportFloor, supportCap, promoted, replacesProjectId, selectedAt, resultPublishedAt);
    }
}
