package org.kcity.applications;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kcity.deploy.DevTokens;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.PublishedEvent;
import org.kcity.platform.security.Roles;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Test data and callers of the intake API; every call and organization it makes is new, so tests never collide. */
final class Intake {

    static final String TOPIC = "kcity.applications";
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final long URBAN_FLOOR = 400_000_000L;
    static final long URBAN_CAP = 600_000_000L;

    private Intake() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification officer() {
        return as(officerToken());
    }

    static String officerToken() {
        return DevTokens.mint(unique("officer"), "molit", "KR", List.of(Roles.PROGRAM_OFFICER));
    }

    static RequestSpecification viewer() {
        return as(DevTokens.mint(unique("viewer"), "press", "KR", List.of(Roles.VIEWER)));
    }

    static RequestSpecification evaluator() {
        return as(DevTokens.mint(unique("evaluator"), "kaia", "KR", List.of(Roles.EVALUATOR)));
    }

    static RequestSpecification applicant(String organization) {
        return as(applicantToken(organization));
    }

    static String applicantToken(String organization) {
        return DevTokens.mint(unique("user"), organization, null, List.of(Roles.APPLICANT));
    }

    static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A consistent call configuration whose window is open now; tests change what they need. */
    static Map<String, Object> callDefinition() {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("year", 2027);
        call.put("title", unique("K-City Network call"));
        call.put("tracks", new ArrayList<>(List.of(
                track("URBAN_DEVELOPMENT", 4, URBAN_FLOOR, URBAN_CAP),
                track("SOLUTION_PLANNING", 4, 200_000_000L, 300_000_000L),
                track("SOLUTION_DEMONSTRATION", 3, 400_000_000L, 600_000_000L))));
        call.put("criteria", List.of(
                Map.of("code", "FEASIBILITY", "name", "Feasibility", "weight", 40),
                Map.of("code", "IMPACT", "name", "Impact", "weight", 35),
                Map.of("code", "PARTNERSHIP", "name", "Partnership", "weight", 25)));
        call.put("opensAt", now().minusDays(1).toString());
        call.put("closesAt", now().plusDays(30).toString());
        call.put("envelope", 10_000_000_000L);
        call.put("passingScore", 70);
        call.put("regionGroups", List.of(Map.of("name", "ASEAN", "countries", List.of("VN", "ID", "TH", "PH", "MY"))));
        return call;
    }

    static Map<String, Object> track(String track, int quota, long floor, long cap) {
        return Map.of("track", track, "quota", quota, "supportFloor", floor, "supportCap", cap);
    }

    static String createCall(Map<String, Object> definition) {
        return officer().body(definition).post("/api/v1/calls").then().statusCode(201).extract().path("id");
    }

    static String openCall(Map<String, Object> definition) {
        String id = createCall(definition);
        officer().post("/api/v1/calls/" + id + "/open").then().statusCode(200);
        return id;
    }

    static String openCall() {
        return openCall(callDefinition());
    }

    /** An urban development application by the government of the site country, eligible in {@link #callDefinition()}. */
    static Map<String, Object> urbanApplication(String callId, String country) {
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("callId", callId);
        application.put("track", "URBAN_DEVELOPMENT");
        application.put("siteCountry", country);
        application.put("city", "Da Nang");
        application.put("title", "Smart city master plan");
        application.put("summary", "A master plan for a smart new town.");
        application.put("applicant", organization("Da Nang People's Committee", "LOCAL_GOVERNMENT", country));
        application.put("requestedSupport", 500_000_000L);
        application.put("contact", Map.of("name", "Nguyen Van A", "email", "a@danang.gov.vn"));
        return application;
    }

    /** A demonstration by a Korean company with a public partner in the site country. */
    static Map<String, Object> demonstration(String callId, String country) {
        Map<String, Object> application = urbanApplication(callId, country);
        application.put("track", "SOLUTION_DEMONSTRATION");
        application.put("title", "LoRa network demonstration");
        application.put("applicant", organization("K-Solutions Co.", "KOREAN_COMPANY", "KR"));
        application.put("partner", organization("Ministry of Construction", "CENTRAL_GOVERNMENT", country));
        return application;
    }

    static Map<String, Object> organization(String name, String kind, String country) {
        return Map.of("name", name, "kind", kind, "country", country);
    }

    static String createApplication(String organization, Map<String, Object> body) {
        return applicant(organization).body(body).post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }

    static String submittedApplication(String organization, Map<String, Object> body) {
        String id = createApplication(organization, body);
        applicant(organization).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        return id;
    }

    static PublishedEvent awaitEvent(String type, String subject) {
        return EventLog.await(TOPIC, EventLog.ofType(type, subject), PATIENCE);
    }
}
