package org.kcity.executors.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.kcity.executors.domain.AppointmentMethod;
import org.kcity.executors.domain.Track;

/** The events this service publishes on {@code kcity.executors}; each record matches its published JSON schema. */
public final class ExecutorEvents {

    public static final String TENDER_OPENED = "kcity.executor.tender_opened.v1";
    public static final String TENDER_REOPENED = "kcity.executor.tender_reopened.v1";
    public static final String APPOINTED = "kcity.executor.appointed.v1";
    public static final String PROJECT_SCHEDULED = "kcity.executor.project_scheduled.v1";
    public static final String PROJECT_COMMENCED = "kcity.executor.project_commenced.v1";
    public static final String PROJECT_CANCELLED = "kcity.executor.project_cancelled.v1";

    private ExecutorEvents() {
    }

    public record TenderOpened(String tenderId, String projectId, String callId, String siteCountry, String scope,
            long budgetCeiling, OffsetDateTime bidDeadline, int round, OffsetDateTime openedAt) {
    }

    public record TenderReopened(String tenderId, String projectId, int round, OffsetDateTime previousDeadline,
            OffsetDateTime bidDeadline, String reason, OffsetDateTime reopenedAt) {
    }

    public record ExecutorAppointed(String projectId, String callId, Track track, String siteCountry, AppointedExecutor executor,
            long contractAmount, AppointmentMethod method, String tenderId, OffsetDateTime appointedAt) {
    }

    public record AppointedExecutor(String organizationId, String name, String registrationNumber, List<String> members) {
    }

    public record ProjectScheduled(String projectId, String callId, Track track, String siteCountry,
            String executorOrganizationId, LocalDate startDate, OffsetDateTime scheduledAt) {
    }

    public record ProjectCommenced(String projectId, String callId, LocalDate startDate, OffsetDateTime commencedAt) {
    }

    public record ProjectCancelled(String projectId, String callId, String tenderId, String reason, OffsetDateTime cancelledAt) {
    }
}
