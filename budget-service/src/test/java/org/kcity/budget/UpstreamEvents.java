package org.kcity.budget;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kcity.deploy.testing.EventLog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds the upstream services' events, shaped as their published schemas say, and sends them as CloudEvents. */
final class UpstreamEvents {

    static final String APPLICATIONS = "kcity.applications";
    static final String SELECTION = "kcity.selection";

    private static final ObjectMapper JSON = new ObjectMapper();

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

    static void callOpened(CallOpened call) {
        send(APPLICATIONS, "kcity.call.opened.v1", "/kcity/applications-service", call.callId(), UUID.randomUUID().toString(), call);
    }

    static void projectSelected(ProjectSelected project) {
        projectSelected(project, UUID.randomUUID().toString());
    }

    static void projectSelected(ProjectSelected project, String eventId) {
        send(SELECTION, "kcity.selection.project_selected.v1", "/kcity/selection-service", project.projectId(), eventId, project);
    }

    static void selectionRevoked(SelectionRevoked revoked) {
        send(SELECTION, "kcity.selection.revoked.v1", "/kcity/selection-service", revoked.projectId(),
                UUID.randomUUID().toString(), revoked);
    }

    private static void send(String topic, String type, String source, String subject, String eventId, Object data) {
        try {
            EventLog.send(topic, subject, Map.of(
                    "ce_specversion", "1.0",
                    "ce_id", eventId,
                    "ce_type", type,
                    "ce_source", source,
                    "ce_subject", subject,
                    "ce_time", OffsetDateTime.now().toString(),
                    "content-type", "application/json"), JSON.writeValueAsBytes(data));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
