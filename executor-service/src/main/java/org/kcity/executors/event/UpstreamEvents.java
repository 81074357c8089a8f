package org.kcity.executors.event;

import java.time.OffsetDateTime;

import org.kcity.executors.domain.Track;

/** This service's tolerant view of the upstream events it consumes: only the fields it needs. */
public final class UpstreamEvents {

    public static final String PROJECT_SELECTED = "kcity.selection.project_selected.v1";
    public static final String SELECTION_REVOKED = "kcity.selection.revoked.v1";
    public static final String BUDGET_FINALIZED = "kcity.budget.finalized.v1";
    public static final String BUDGET_ADJUSTED = "kcity.budget.adjusted.v1";
    public static final String BUDGET_CANCELLED = "kcity.budget.cancelled.v1";

    private UpstreamEvents() {
    }

    public record ProjectSelected(String projectId, String callId, int year, Track track, String siteCountry, String title,
            Applicant applicant, OffsetDateTime selectedAt) {
    }

    public record Applicant(String organizationId, String name) {
    }

    public record SelectionRevoked(String projectId, String reason) {
    }

    public record BudgetFinalized(String projectId, Track track, long total) {
    }

    public record BudgetAdjusted(String projectId, Track track, long total) {
    }

    public record BudgetCancelled(String projectId, String reason) {
    }
}
