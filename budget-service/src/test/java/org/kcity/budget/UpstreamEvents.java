package org.kcity.budget;

import java.util.List;
import java.util.UUID;

import org.kcity.deploy.testing.EventLog;

/** Builds the upstream services' events, shaped as their published schemas say, and sends them as CloudEvents. */
final class UpstreamEvents {

    static final String APPLICATIONS = "kcity.applications";
    static final String SELECTION = "kcity.selection";
    static final String EXECUTORS = "kcity.executors";

    private UpstreamEvents() {
    }

    record TrackRange(String track, int quota, long supportFloor, long supportCap) {
    }

    record Criterion(String code, String name, int weight) {
    }

    record RegionGroup(String name, List<String> countries) {
    }

    record CallOpened(String callId, int year, String title, List<TrackRange> tracks, List<Criterion> criteria,
            String opensAt, String closesAt, long envelope, int passingScore, int evaluationsPerApplication,
            boolean onePerCountry, List<RegionGroup> regionGroups, String openedAt) {
    }

    record Organization(String organizationId, String name, String kind) {
    }

    record Partner(String name, String kind) {
    }

    record ProjectSelected(String projectId, String applicationId, String callId, int year, String track,
            String siteCountry, String region, String city, String title, Organization applicant, Partner partner,
            long requestedSupport, long supportFloor, long supportCap, String score, int rank, boolean promoted,
            String replacesProjectId, String selectedAt, String resultPublishedAt) {
    }

    record SelectionRevoked(String projectId, String applicationId, String callId, String track, String siteCountry,
            String reason, String revokedAt) {
    }

    record ProjectCommenced(String projectId, String callId, String startDate, String commencedAt) {
    }

    record ProjectCancelled(String projectId, String callId, String tenderId, String reason, String cancelledAt) {
    }

    static void callOpened(CallOpened call) {
        EventLog.publish(APPLICATIONS, "kcity.call.opened.v1", "/kcity/applications-service", call.callId(), call);
    }

    static void projectSelected(ProjectSelected project) {
        projectSelected(project, UUID.randomUUID().toString());
    }

    static void projectSelected(ProjectSelected project, String eventId) {
        EventLog.publish(SELECTION, eventId, "kcity.selection.project_selected.v1", "/kcity/selection-service", project.projectId(), project);
    }

    static void selectionRevoked(SelectionRevoked revoked) {
        EventLog.publish(SELECTION, "kcity.selection.revoked.v1", "/kcity/selection-service", revoked.projectId(), revoked);
    }

    static void projectCommenced(ProjectCommenced commenced) {
        EventLog.publish(EXECUTORS, "kcity.executor.project_commenced.v1", "/kcity/executor-service", commenced.projectId(),
                commenced);
    }

    static void projectCancelled(ProjectCancelled cancelled) {
        EventLog.publish(EXECUTORS, "kcity.executor.project_cancelled.v1", "/kcity/executor-service", cancelled.projectId(),
                cancelled);
    }
}
