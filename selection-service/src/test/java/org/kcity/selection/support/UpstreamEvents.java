package org.kcity.selection.support;

import java.time.Instant;
import java.util.List;

import org.kcity.deploy.testing.EventLog;

/**
 * Sends the events of applications-service to {@code kcity.applications} as its relay would (CloudEvents in binary
 * mode, keyed by subject), with data built from the records below (their fields follow the published schemas).
 */
public final class UpstreamEvents {

    public static final String TOPIC = "kcity.applications";

    private UpstreamEvents() {
    }

    public record TrackOffer(String track, int quota, long supportFloor, long supportCap) {
    }

    public record Criterion(String code, String name, int weight) {
    }

    public record RegionGroup(String name, List<String> countries) {
    }

    public record CallOpened(String callId, int year, String title, List<TrackOffer> tracks, List<Criterion> criteria,
            String opensAt, String closesAt, long envelope, Number passingScore, int evaluationsPerApplication,
            boolean onePerCountry, List<RegionGroup> regionGroups, String openedAt) {
    }

    public record CallClosed(String callId, int year, String closedAt, String closedBy, CallStatistics statistics) {
    }

    /** Entries are the applications submitted and not withdrawn; {@code byStatus} counts every submitted one. */
    public record CallStatistics(long entries, long countries, List<TrackFigures> byTrack, List<RegionFigures> byRegion,
            List<StatusFigures> byStatus) {
    }

    public record TrackFigures(String track, long entries, long countries) {
    }

    public record RegionFigures(String region, long entries, long countries) {
    }

    public record StatusFigures(String status, long applications) {
    }

    public record Organization(String organizationId, String name, String kind) {
    }

    public record Partner(String name, String kind) {
    }

    public record ApplicationSubmitted(String applicationId, String callId, String track, String siteCountry, String region,
            String city, String title, String summary, Organization applicant, Partner partner, long requestedSupport,
            String submittedAt) {
    }

    public record ApplicationScreened(String applicationId, String callId, String outcome, String reason, String screenedAt) {
    }

    public record ApplicationWithdrawn(String applicationId, String callId, String previousStatus, String withdrawnAt) {
    }

    public static void callOpened(CallOpened data) {
        send("kcity.call.opened.v1", data.callId(), data);
    }

    public static void callClosed(String callId, int year, CallStatistics statistics) {
        send("kcity.call.closed.v1", callId, new CallClosed(callId, year, Instant.now().toString(), "OFFICER", statistics));
    }

    public static void submitted(ApplicationSubmitted data) {
        send("kcity.application.submitted.v1", data.applicationId(), data);
    }

    public static void screened(String applicationId, String callId, String outcome, String reason) {
        send("kcity.application.screened.v1", applicationId,
                new ApplicationScreened(applicationId, callId, outcome, reason, Instant.now().toString()));
    }

    public static void withdrawn(String applicationId, String callId, String previousStatus) {
        send("kcity.application.withdrawn.v1", applicationId,
                new ApplicationWithdrawn(applicationId, callId, previousStatus, Instant.now().toString()));
    }

    private static void send(String type, String subject, Object data) {
        EventLog.publish(TOPIC, type, "/kcity/applications-service", subject, data);
    }
}
