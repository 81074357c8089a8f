package org.kcity.budget;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.kcity.deploy.DevTokens;
import org.kcity.deploy.testing.EventContracts;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.PublishedEvent;
import org.kcity.platform.security.Roles;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The program as the tests stage it: calls with the 2021 round's support ranges, selected projects arriving as
 * events, and the people who call the API.
 */
final class Program {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String BUDGETS = "/api/v1/budgets";

    static final UpstreamEvents.TrackRange URBAN = new UpstreamEvents.TrackRange("URBAN_DEVELOPMENT", 4, 400_000_000L, 600_000_000L);
    static final UpstreamEvents.TrackRange PLANNING = new UpstreamEvents.TrackRange("SOLUTION_PLANNING", 4, 200_000_000L, 300_000_000L);
    static final UpstreamEvents.TrackRange DEMONSTRATION = new UpstreamEvents.TrackRange("SOLUTION_DEMONSTRATION", 3, 400_000_000L, 600_000_000L);

    private Program() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification as(String role) {
        return given().auth().oauth2(token(role));
    }

    static String token(String role) {
        return DevTokens.mint(unique("user"), "kcity-pmo", "KR", List.of(role));
    }

    static RequestSpecification officer() {
        return as(Roles.PROGRAM_OFFICER);
    }

    /** Opens a call with the given envelope and waits until this service knows it. */
    static String openCall(long envelope) {
        String callId = unique("call");
        UpstreamEvents.callOpened(call(callId, envelope));
        await().atMost(PATIENCE).until(() -> officer().get("/api/v1/calls/{id}/envelope", callId).statusCode() == 200);
        return callId;
    }

    /** The call as applications-service announces it, with the 2021 round's tracks. */
    static UpstreamEvents.CallOpened call(String callId, long envelope) {
        String now = timestamp(OffsetDateTime.now(ZoneOffset.UTC));
        return new UpstreamEvents.CallOpened(callId, 2026, "K-City Network 2026", List.of(URBAN, PLANNING, DEMONSTRATION),
                List.of(new UpstreamEvents.Criterion("FEASIBILITY", "Feasibility", 100)), now, now, envelope, 70, 3, true,
                List.of(new UpstreamEvents.RegionGroup("ASEAN", List.of("VN", "TH", "ID"))), now);
    }

    /** A project selected in the call, as selection-service announces it at publication. */
    static UpstreamEvents.ProjectSelected selected(String callId, UpstreamEvents.TrackRange track, long requestedSupport,
            OffsetDateTime resultPublishedAt) {
        boolean demonstration = track == DEMONSTRATION;
        return new UpstreamEvents.ProjectSelected(unique("project"), unique("application"), callId, 2026, track.track(), "VN",
                "ASEAN", "Hanoi", "Smart traffic management for Hanoi",
                new UpstreamEvents.Organization(unique("org"), demonstration ? "K-Solutions Co." : "Hanoi People's Committee",
                        demonstration ? "KOREAN_COMPANY" : "LOCAL_GOVERNMENT"),
                demonstration ? new UpstreamEvents.Partner("Hanoi Department of Transport", "LOCAL_GOVERNMENT") : null,
                requestedSupport, track.supportFloor(), track.supportCap(), "88.50", 1, false, null,
                timestamp(resultPublishedAt), timestamp(resultPublishedAt));
    }

    static UpstreamEvents.ProjectSelected selectedNow(String callId, UpstreamEvents.TrackRange track, long requestedSupport) {
        return selected(callId, track, requestedSupport, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** {@code reserve}, promoted at {@code promotedAt} in place of the revoked {@code replaced}. */
    static UpstreamEvents.ProjectSelected promoted(UpstreamEvents.ProjectSelected reserve, UpstreamEvents.ProjectSelected replaced,
            OffsetDateTime promotedAt) {
        return new UpstreamEvents.ProjectSelected(reserve.projectId(), reserve.applicationId(), reserve.callId(), reserve.year(),
                reserve.track(), "TH", "ASEAN", "Bangkok", "Waste-to-energy plant plan", reserve.applicant(), reserve.partner(),
                reserve.requestedSupport(), reserve.supportFloor(), reserve.supportCap(), "81.25", 5, true,
                replaced.projectId(), timestamp(promotedAt), reserve.resultPublishedAt());
    }

    /** selection-service revokes the project's selection: its application was withdrawn after publication. */
    static void revoke(UpstreamEvents.ProjectSelected project, String reason) {
        UpstreamEvents.selectionRevoked(new UpstreamEvents.SelectionRevoked(project.projectId(), project.applicationId(),
                project.callId(), project.track(), project.siteCountry(), reason, timestamp(OffsetDateTime.now(ZoneOffset.UTC))));
    }

    /** executor-service reports that the project's start date came. */
    static void commenced(UpstreamEvents.ProjectSelected project, String startDate) {
        UpstreamEvents.projectCommenced(new UpstreamEvents.ProjectCommenced(project.projectId(), project.callId(), startDate,
                timestamp(OffsetDateTime.now(ZoneOffset.UTC))));
    }

    /** executor-service cancelled the project (it had not started) after its selection was revoked. */
    static void cancelledByExecutor(UpstreamEvents.ProjectSelected project, String reason) {
        UpstreamEvents.projectCancelled(new UpstreamEvents.ProjectCancelled(project.projectId(), project.callId(), null, reason,
                timestamp(OffsetDateTime.now(ZoneOffset.UTC))));
    }

    /** RFC 3339, as the schemas' date-time wants it: seconds always written ({@code toString()} drops zero seconds). */
    private static String timestamp(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /** Waits until the project's budget is in {@code state}, and answers it as officers read it. */
    static JsonPath awaitState(String projectId, String state) {
        await().atMost(PATIENCE).until(() -> state.equals(budgetsOfProject(projectId).getString("items[0].state")));
        return budgetsOfProject(projectId).setRootPath("items[0]");
    }

    /** Sends the selection and waits for the draft it creates; answers the budget as officers read it. */
    static JsonPath draftOf(UpstreamEvents.ProjectSelected project) {
        UpstreamEvents.projectSelected(project);
        return awaitBudget(project.projectId());
    }

    static JsonPath awaitBudget(String projectId) {
        await().atMost(PATIENCE).until(() -> budgetsOfProject(projectId).getInt("totalItems") == 1);
        return budgetsOfProject(projectId).setRootPath("items[0]");
    }

    static JsonPath budgetsOfProject(String projectId) {
        return officer().queryParam("projectId", projectId).get(BUDGETS).then().statusCode(200).extract().jsonPath();
    }

    static Response replaceLines(JsonPath budget, Lines.Line... lines) {
        return officer().contentType(ContentType.JSON).header("If-Match", "\"" + budget.getLong("version") + "\"")
                .body(Lines.of(lines)).put(BUDGETS + "/{id}/lines", budget.getString("budgetId"));
    }

    static Response finalize(JsonPath budget) {
        return officer().post(BUDGETS + "/{id}/finalization", budget.getString("budgetId"));
    }

    static Response adjust(JsonPath budget, String note, Lines.Line... lines) {
        return officer().contentType(ContentType.JSON).body(new Lines.Adjustment(List.of(lines), note))
                .post(BUDGETS + "/{id}/adjustment", budget.getString("budgetId"));
    }

    /** The event this service published about the project, once it is on the topic; its contract is checked. */
    static JsonNode publishedData(String type, String projectId) {
        PublishedEvent event = EventLog.await("kcity.budget", EventLog.ofType(type, projectId), PATIENCE);
        EventContracts.assertHonoursContract(event);
        return event.data();
    }

    static JsonPath envelopeOf(String callId) {
        return officer().get("/api/v1/calls/{id}/envelope", callId).then().statusCode(200).extract().jsonPath();
    }
}
