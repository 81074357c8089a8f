package org.kcity.selection.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kcity.selection.support.UpstreamEvents.ApplicationSubmitted;
import org.kcity.selection.support.UpstreamEvents.CallOpened;
import org.kcity.selection.support.UpstreamEvents.Criterion;
import org.kcity.selection.support.UpstreamEvents.Organization;
import org.kcity.selection.support.UpstreamEvents.Partner;
import org.kcity.selection.support.UpstreamEvents.RegionGroup;
import org.kcity.selection.support.UpstreamEvents.TrackOffer;

/** A call of its own for one test: opened, applied to and closed through upstream events. */
public final class TestCall {

    public static final int YEAR = 2026;
    public static final long URBAN_FLOOR = 400_000_000L;
    public static final long URBAN_CAP = 600_000_000L;
    public static final List<Criterion> CRITERIA = List.of(new Criterion("RELEVANCE", "Relevance", 50),
            new Criterion("FEASIBILITY", "Feasibility", 30), new Criterion("IMPACT", "Impact", 20));
    private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");

    public final String callId = unique("call");
    private final Map<String, ApplicationSubmitted> submitted = new HashMap<>();

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

    public void close() {
        UpstreamEvents.callClosed(callId, YEAR);
    }

    /** Submits a planning application from a public body of the country; each submission is a minute after the last. */
    public String submit(String track, String country, String region) {
        String applicationId = unique("app");
        submitted(applicationId, track, country, region, new Organization(unique("org"), "City of " + country, "LOCAL_GOVERNMENT"), null);
        return applicationId;
    }

    /** Submits a demonstration by a Korean company with a public partner in the country. */
    public String submitDemonstration(String country, String region) {
        String applicationId = unique("app");
        submitted(applicationId, "SOLUTION_DEMONSTRATION", country, region,
                new Organization(unique("org"), "K-Smart Co.", "KOREAN_COMPANY"), new Partner("Ministry of Cities " + country, "CENTRAL_GOVERNMENT"));
        return applicationId;
    }

    /** Sends an application's submission again, as a new event (a replaying producer). */
    public void replaySubmission(String applicationId) {
        UpstreamEvents.submitted(submitted.get(applicationId));
    }

    private void submitted(String applicationId, String track, String country, String region, Organization applicant, Partner partner) {
        ApplicationSubmitted event = new ApplicationSubmitted(applicationId, callId, track, country, region, "Capital of " + country,
                "Smart city plan for " + country, "A plan", applicant, partner, 500_000_000L,
                OPENS.plus(1, ChronoUnit.DAYS).plus(submitted.size() + 1, ChronoUnit.MINUTES).toString());
        submitted.put(applicationId, event);
        UpstreamEvents.submitted(event);
    }

    /** The same whole score for every criterion, so the sheet total is that score. */
    public static Map<String, Object> sheet(int score) {
        return Map.of("scores", Map.of("RELEVANCE", score, "FEASIBILITY", score, "IMPACT", score));
    }
}
