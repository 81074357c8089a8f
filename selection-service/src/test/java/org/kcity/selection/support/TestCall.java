package org.kcity.selection.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kcity.selection.support.UpstreamEvents.ApplicationSubmitted;
import org.kcity.selection.support.UpstreamEvents.CallOpened;
import org.kcity.selection.support.UpstreamEvents.CallStatistics;
import org.kcity.selection.support.UpstreamEvents.Criterion;
import org.kcity.selection.support.UpstreamEvents.Organization;
import org.kcity.selection.support.UpstreamEvents.Partner;
import org.kcity.selection.support.UpstreamEvents.RegionFigures;
import org.kcity.selection.support.UpstreamEvents.RegionGroup;
import org.kcity.selection.support.UpstreamEvents.StatusFigures;
import org.kcity.selection.support.UpstreamEvents.TrackFigures;
import org.kcity.selection.support.UpstreamEvents.TrackOffer;

/** A call of its own for one test: opened, applied to and closed through upstream events. */
public final class TestCall {

    public static final int YEAR = 2026;
    public static final long URBAN_FLOOR = 400_000_000L;
    public static final long URBAN_CAP = 600_000_000L;
    public static final List<Criterion> CRITERIA = List.of(new Criterion("RELEVANCE", "Relevance", 50),
            new Criterion("FEASIBILITY", "Feasibility", 30), new Criterion("IMPACT", "Impact", 20));
    private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
    private static final List<String> TRACKS = List.of("URBAN_DEVELOPMENT", "SOLUTION_PLANNING", "SOLUTION_DEMONSTRATION");
    private static final List<String> STATUSES = List.of("SUBMITTED", "SCREENED_IN", "SCREENED_OUT", "WITHDRAWN");

    public final String callId = unique("call");
    private final Map<String, ApplicationSubmitted> submitted = new LinkedHashMap<>();
    /** Each submitted application's status in intake, which the close's statistics count. */
    private final Map<String, String> statuses = new HashMap<>();

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Opens the call: urban development 2 projects, solution planning 1, demonstration 1; passing 60, one per country. */
    public TestCall open(int evaluationsPerApplication) {
        UpstreamEvents.callOpened(new CallOpened(callId, YEAR, "K-City Network " + YEAR,
                List.of(new TrackOffer("URBAN_DEVELOPMENT", 2, URBAN_FLOOR, URBAN_CAP),
                        new TrackOffer("SOLUTION_PLANNING", 1, 200_000_000L, 300_000_000L),
                        new TrackOffer("SOLUTION_DEMONSTRATION", 1, 400_000_000L, 600_000_000L)),
                CRITERIA, OPENS.toString(), OPENS.plus(60, ChronoUnit.DAYS).toString(), 6_000_000_000L, 60,
                evaluationsPerApplication, true,
                List.of(new RegionGroup("ASEAN", List.of("VN", "ID", "PH")), new RegionGroup("Central Asia", List.of("KZ", "UZ"))),
                OPENS.toString()));
        return this;
    }

    /** Closes the call with intake's statistics of every application submitted through this call so far. */
    public void close() {
        UpstreamEvents.callClosed(callId, YEAR, statistics());
    }

    /** Submits a planning application from a public body of the country; each submission is a minute after the last. */
    public String submit(String track, String country, String region) {
        String applicationId = submitInTransit(track, country, region);
        deliverSubmission(applicationId);
        return applicationId;
    }

    /**
     * Submits a planning application in intake (the close counts it) whose event has not reached selection yet:
     * {@link #deliverSubmission} sends it.
     */
    public String submitInTransit(String track, String country, String region) {
        String applicationId = unique("app");
        submitted(applicationId, track, country, region, new Organization(unique("org"), "City of " + country, "LOCAL_GOVERNMENT"), null);
        return applicationId;
    }

    /** Submits a demonstration by a Korean company with a public partner in the country. */
    public String submitDemonstration(String country, String region) {
        String applicationId = unique("app");
        submitted(applicationId, "SOLUTION_DEMONSTRATION", country, region,
                new Organization(unique("org"), "K-Smart Co.", "KOREAN_COMPANY"), new Partner("Ministry of Cities " + country, "CENTRAL_GOVERNMENT"));
        deliverSubmission(applicationId);
        return applicationId;
    }

    /** The submitted event of an application, as intake sent it. */
    public ApplicationSubmitted submission(String applicationId) {
        return submitted.get(applicationId);
    }

    /** The applicant's organization, the one its applicants' tokens name. */
    public String organizationOf(String applicationId) {
        return submission(applicationId).applicant().organizationId();
    }

    public void deliverSubmission(String applicationId) {
        UpstreamEvents.submitted(submitted.get(applicationId));
    }

    /** Sends an application's submission again, as a new event (a replaying producer). */
    public void replaySubmission(String applicationId) {
        deliverSubmission(applicationId);
    }

    public void screen(String applicationId, String outcome, String reason) {
        statuses.put(applicationId, outcome);
        UpstreamEvents.screened(applicationId, callId, outcome, reason);
    }

    public void withdraw(String applicationId) {
        String previous = statuses.put(applicationId, "WITHDRAWN");
        UpstreamEvents.withdrawn(applicationId, callId, previous);
    }

    private void submitted(String applicationId, String track, String country, String region, Organization applicant, Partner partner) {
        ApplicationSubmitted event = new ApplicationSubmitted(applicationId, callId, track, country, region, "Capital of " + country,
                "Smart city plan for " + country,
                "Traffic sensors, a control centre and open data for the capital of " + country, applicant, partner, 500_000_000L,
                OPENS.plus(1, ChronoUnit.DAYS).plus(submitted.size() + 1, ChronoUnit.MINUTES).toString());
        submitted.put(applicationId, event);
        statuses.put(applicationId, "SUBMITTED");
    }

    /** The figures applications-service puts in its close: entries are the applications not withdrawn. */
    private CallStatistics statistics() {
        List<ApplicationSubmitted> entries = submitted.values().stream()
                .filter(application -> !"WITHDRAWN".equals(statuses.get(application.applicationId()))).toList();
        List<TrackFigures> byTrack = TRACKS.stream().map(track -> {
            List<ApplicationSubmitted> inTrack = entries.stream().filter(app -> app.track().equals(track)).toList();
            return new TrackFigures(track, inTrack.size(), countries(inTrack));
        }).toList();
        List<RegionFigures> byRegion = entries.stream()
                .collect(Collectors.groupingBy(ApplicationSubmitted::region, TreeMap::new, Collectors.toList())).entrySet().stream()
                .map(region -> new RegionFigures(region.getKey(), region.getValue().size(), countries(region.getValue()))).toList();
        List<StatusFigures> byStatus = STATUSES.stream()
                .map(status -> new StatusFigures(status, statuses.values().stream().filter(status::equals).count())).toList();
        return new CallStatistics(entries.size(), countries(entries), byTrack, byRegion, byStatus);
    }

    private static long countries(List<ApplicationSubmitted> applications) {
        return applications.stream().map(ApplicationSubmitted::siteCountry).distinct().count();
    }

    /** The same whole score for every criterion, so the sheet total is that score. */
    public static Map<String, Object> sheet(int score) {
        return Map.of("scores", Map.of("RELEVANCE", score, "FEASIBILITY", score, "IMPACT", score));
    }
}
