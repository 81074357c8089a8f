package org.kcity.executors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kcity.deploy.DevTokens;
import org.kcity.deploy.ServiceStack;
import org.kcity.deploy.ServiceStack.Service;
import org.kcity.deploy.testing.EventContracts;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.PublishedEvent;
import org.kcity.platform.security.Roles;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The whole program, as partners use it: the four packaged services run as their own processes against a real
 * PostgreSQL and a real Kafka broker, and one call goes from intake to two scheduled projects (a planning project
 * through a tender, a demonstration through its budget adjustment) with nothing but the public APIs and events.
 */
class ProgramEndToEndIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Next year's call, so its start dates (1 July, 1 August) always lie ahead of the appointments. */
    private static final int YEAR = Year.now(ZoneId.of("Asia/Seoul")).plusYears(1).getValue();
    private static ServiceStack stack;

    private final String officer = token("officer", "molit", null, Roles.PROGRAM_OFFICER);

    @BeforeAll
    static void startTheProgram() {
        stack = ServiceStack.start(Path.of("..").toAbsolutePath().normalize(), Path.of("target", "e2e").toAbsolutePath(),
                ServiceStack.Settings.END_TO_END_TEST);
        EventLog.useBroker(stack.bootstrapServers());
    }

    @AfterAll
    static void stopTheProgram() {
        EventLog.useBroker(null);
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void a_call_goes_from_intake_through_selection_budget_and_tender_to_scheduled_projects() {
        // Intake: a program officer opens a call; a city government and a Korean company apply.
        String callId = at(Service.APPLICATIONS, officer).body(call()).post("/api/v1/calls")
                .then().statusCode(201).extract().path("id");
        at(Service.APPLICATIONS, officer).post("/api/v1/calls/{id}/open", callId).then().statusCode(200);
        String cityGovernment = unique("gov-vn-danang");
        String company = unique("kr-smart-co");
        String urbanApplication = submit(cityGovernment, application(callId, "URBAN_DEVELOPMENT", "VN",
                organization("Da Nang People's Committee", "LOCAL_GOVERNMENT", "VN"), null));
        String demonstration = submit(company, application(callId, "SOLUTION_DEMONSTRATION", "PH",
                organization("K-Smart Co.", "KOREAN_COMPANY", "KR"),
                organization("Department of Transportation", "CENTRAL_GOVERNMENT", "PH")));
        at(Service.APPLICATIONS, officer).post("/api/v1/calls/{id}/close", callId).then().statusCode(200);

        // Selection: learned from kcity.applications; an evaluator scores; the officer publishes the result once
        // selection has every submission the close counted.
        await().atMost(PATIENCE).untilAsserted(() -> at(Service.SELECTION, officer)
                .get("/api/v1/calls/{id}/progress", callId).then().statusCode(200)
                .body("expectedSubmissions", equalTo(2)).body("receivedSubmissions", equalTo(2))
                .body("applications.applicationId", hasSize(2)));
        String evaluator = unique("evaluator");
        for (String track : List.of("URBAN_DEVELOPMENT", "SOLUTION_DEMONSTRATION")) {
            at(Service.SELECTION, officer).body(Map.of("evaluatorId", evaluator))
                    .post("/api/v1/calls/{id}/tracks/{track}/evaluators", callId, track).then().statusCode(200);
        }
        String evaluatorToken = DevTokens.mint(evaluator, "kaia", null, List.of(Roles.EVALUATOR));
        for (String applicationId : List.of(urbanApplication, demonstration)) {
            at(Service.SELECTION, evaluatorToken).body(Map.of("scores", Map.of("FEASIBILITY", 85, "IMPACT", 80)))
                    .put("/api/v1/evaluations/{id}/sheet", applicationId).then().statusCode(201);
        }
        await().atMost(PATIENCE).untilAsserted(() -> at(Service.SELECTION, officer)
                .post("/api/v1/calls/{id}/result", callId).then().statusCode(201));
        String urbanProject = projectOf(urbanApplication);
        String demonstrationProject = projectOf(demonstration);

        // Budgets: drafted from ProjectSelected; the officer finalizes both and adjusts the demonstration's.
        String urbanBudget = finalizedBudget(urbanProject);
        String demonstrationBudget = finalizedBudget(demonstrationProject);
        assertThat(urbanBudget).isNotEqualTo(demonstrationBudget);
        at(Service.BUDGET, officer).body(Map.of("note", "Scope agreed with the company and the host ministry",
                "lines", List.of(Map.of("category", "DEMONSTRATION_OPERATION", "description", "Pilot operation",
                        "amount", 450_000_000L))))
                .post("/api/v1/budgets/{id}/adjustment", demonstrationBudget).then().statusCode(200);

        // Executors: the planning project is tendered, scored by a committee with a host official, and awarded.
        String tenderId = await().atMost(PATIENCE).until(() -> at(Service.EXECUTORS, officer)
                .get("/api/v1/projects/{id}", urbanProject).then().extract().path("tenderId"), id -> id != null);
        OffsetDateTime deadline = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        at(Service.EXECUTORS, officer).body(Map.of("scope", "Master plan agreed with Da Nang", "bidDeadline", deadline.toString()))
                .post("/api/v1/tenders/{id}/open", tenderId).then().statusCode(200);
        String bidder = unique("kr-urban-eng");
        String bidId = at(Service.EXECUTORS, token("bidder", bidder, null, Roles.BIDDER))
                .body(Map.of("companyName", "Urban Engineering Co.", "registrationNumber", "123-45-67890",
                        "consortiumMembers", List.of("Seoul Urban Consultants"),
                        "technicalProposalSummary", "Phased master plan with a digital twin", "price", 450_000_000L))
                .post("/api/v1/tenders/{id}/bids", tenderId).then().statusCode(201).extract().path("id");
        Map<String, String> committee = Map.of(
                unique("official"), "OVERSEAS_OFFICIAL",
                unique("expert"), "EXPERT",
                unique("expert"), "EXPERT");
        committee.forEach((member, kind) -> at(Service.EXECUTORS, officer)
                .body(kind.equals("EXPERT") ? Map.of("subject", member, "name", member, "kind", kind)
                        : Map.of("subject", member, "name", member, "kind", kind, "country", "VN"))
                .post("/api/v1/tenders/{id}/committee/members", tenderId).then().statusCode(201));
        committee.forEach((member, kind) -> {
            String memberToken = kind.equals("EXPERT") ? DevTokens.mint(member, "kaia", null, List.of(Roles.EVALUATOR))
                    : DevTokens.mint(member, "gov-vn", "VN", List.of(Roles.OVERSEAS_OFFICIAL));
            await().atMost(PATIENCE).untilAsserted(() -> at(Service.EXECUTORS, memberToken).body(Map.of("score", 72))
                    .put("/api/v1/tenders/{t}/bids/{b}/technical-scores/mine", tenderId, bidId).then().statusCode(200)
                    .body("verifiedHostOfficial", equalTo(kind.equals("OVERSEAS_OFFICIAL"))));
        });
        at(Service.EXECUTORS, officer).post("/api/v1/tenders/{id}/award", tenderId).then().statusCode(200);

        // Both projects are scheduled: planning on 1 August, the demonstration on 1 July of the call's year.
        PublishedEvent planning = scheduled(urbanProject);
        assertThat(planning.data().get("startDate").asText()).isEqualTo(YEAR + "-08-01");
        assertThat(planning.data().get("executorOrganizationId").asText()).isEqualTo(bidder);
        PublishedEvent demonstrating = scheduled(demonstrationProject);
        assertThat(demonstrating.data().get("startDate").asText()).isEqualTo(YEAR + "-07-01");
        assertThat(demonstrating.data().get("executorOrganizationId").asText()).isEqualTo(company);
        PublishedEvent appointed = EventContracts.assertHonoursContract(EventLog.await("kcity.executors",
                EventLog.ofType("kcity.executor.appointed.v1", demonstrationProject), PATIENCE));
        assertThat(appointed.data().get("method").asText()).isEqualTo("DEMONSTRATION_APPLICANT");
        assertThat(appointed.data().get("contractAmount").asLong()).isEqualTo(450_000_000L);
    }

    private String submit(String organization, Map<String, Object> application) {
        RequestSpecification applicant = at(Service.APPLICATIONS, token("applicant", organization, null, Roles.APPLICANT));
        String id = applicant.body(application).post("/api/v1/applications").then().statusCode(201).extract().path("id");
        at(Service.APPLICATIONS, token("applicant", organization, null, Roles.APPLICANT))
                .post("/api/v1/applications/{id}/submit", id).then().statusCode(200);
        return id;
    }

    private static String projectOf(String applicationId) {
        PublishedEvent selected = EventContracts.assertHonoursContract(EventLog.await("kcity.selection",
                event -> "kcity.selection.project_selected.v1".equals(event.type())
                        && applicationId.equals(event.data().get("applicationId").asText()), PATIENCE));
        return selected.subject();
    }

    private String finalizedBudget(String projectId) {
        String budgetId = await().atMost(PATIENCE).until(() -> at(Service.BUDGET, officer)
                .get("/api/v1/budgets?projectId={id}", projectId).then().statusCode(200)
                .extract().path("items[0].budgetId"), id -> id != null);
        at(Service.BUDGET, officer).post("/api/v1/budgets/{id}/finalization", budgetId).then().statusCode(200);
        return budgetId;
    }

    private static PublishedEvent scheduled(String projectId) {
        return EventContracts.assertHonoursContract(EventLog.await("kcity.executors",
                EventLog.ofType("kcity.executor.project_scheduled.v1", projectId), PATIENCE));
    }

    private static Map<String, Object> call() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        return Map.ofEntries(
                Map.entry("year", YEAR),
                Map.entry("title", unique("K-City Network call")),
                Map.entry("tracks", List.of(
                        Map.of("track", "URBAN_DEVELOPMENT", "quota", 1, "supportFloor", 400_000_000L, "supportCap", 600_000_000L),
                        Map.of("track", "SOLUTION_DEMONSTRATION", "quota", 1, "supportFloor", 400_000_000L,
                                "supportCap", 600_000_000L))),
                Map.entry("criteria", List.of(
                        Map.of("code", "FEASIBILITY", "name", "Feasibility", "weight", 60),
                        Map.of("code", "IMPACT", "name", "Impact", "weight", 40))),
                Map.entry("opensAt", now.minusDays(1).toString()),
                Map.entry("closesAt", now.plusDays(1).toString()),
                Map.entry("envelope", 2_000_000_000L),
                Map.entry("passingScore", 70),
                Map.entry("evaluationsPerApplication", 1),
                Map.entry("regionGroups", List.of(Map.of("name", "ASEAN", "countries", List.of("VN", "PH")))));
    }

    private static Map<String, Object> application(String callId, String track, String country, Map<String, Object> applicant,
            Map<String, Object> partner) {
        Map<String, Object> application = new LinkedHashMap<>(Map.of(
                "callId", callId, "track", track, "siteCountry", country, "city", "Da Nang",
                "title", "Smart city project in " + country, "summary", "A smart-city project.",
                "applicant", applicant, "requestedSupport", 500_000_000L,
                "contact", Map.of("name", "Project lead", "email", "lead@example.org")));
        if (partner != null) {
            application.put("partner", partner);
        }
        return application;
    }

    private static Map<String, Object> organization(String name, String kind, String country) {
        return Map.of("name", name, "kind", kind, "country", country);
    }

    private static RequestSpecification at(Service service, String token) {
        return given().baseUri(stack.baseUrl(service)).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String token(String subjectPrefix, String organization, String country, String role) {
        return DevTokens.mint(unique(subjectPrefix), organization, country, List.of(role));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
