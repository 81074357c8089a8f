package org.kcity.executors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.spi.CDI;

import org.kcity.deploy.testing.TestClock;
import org.kcity.platform.time.ProgramClock;

import io.quarkus.test.junit.QuarkusMock;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** REST calls the tests make again and again. */
public final class Api {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private Api() {
    }

    /**
     * Makes the program's clock, for the running test, real time that the test moves on (past bid deadlines, to
     * start dates); Quarkus gives the application its own clock back after the test.
     */
    public static TestClock movableProgramClock() {
        TestClock clock = TestClock.running();
        ProgramClock programClock = CDI.current().select(ProgramClock.class).get();
        QuarkusMock.installMockForType(programClock.readingFrom(clock), ProgramClock.class);
        return clock;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Waits until the consumed events gave the project a tender, and returns the tender's id. */
    public static String awaitTender(String projectId) {
        String officer = Tokens.officer();
        return await().atMost(PATIENCE).until(() -> as(officer).get("/api/v1/projects/{id}", projectId)
                .then().extract().path("tenderId"), id -> id != null);
    }

    public static ValidatableResponse project(String projectId) {
        return as(Tokens.officer()).get("/api/v1/projects/{id}", projectId).then();
    }

    /** A project of the track in the country, its budget finalized and its tender opened with the given deadline. */
    public static String openTender(String track, String country, long ceiling, OffsetDateTime deadline) {
        Upstream.ProjectSelected project = Upstream.projectSelected(track, country, 2020);
        Upstream.budgetFinalized(project, ceiling);
        String tenderId = awaitTender(project.projectId());
        open(tenderId, deadline).statusCode(200);
        return tenderId;
    }

    public static ValidatableResponse open(String tenderId, OffsetDateTime deadline) {
        return as(Tokens.officer()).body(Map.of("scope", "Master plan and feasibility study agreed with the host government",
                "bidDeadline", deadline.toString())).post("/api/v1/tenders/{id}/open", tenderId).then();
    }

    public static Map<String, Object> bidRequest(String company, long price) {
        return Map.of("companyName", company, "registrationNumber", "123-45-67890",
                "consortiumMembers", List.of(company + " Engineering", "Seoul Urban Consultants"),
                "technicalProposalSummary", "Phased master plan with a digital twin", "price", price);
    }

    public static ValidatableResponse bid(String tenderId, String bidderToken, String company, long price) {
        return as(bidderToken).body(bidRequest(company, price)).post("/api/v1/tenders/{id}/bids", tenderId).then();
    }

    public static ValidatableResponse addMember(String tenderId, String subject, String kind, String country) {
        Map<String, Object> member = country == null
                ? Map.of("subject", subject, "name", "Member " + subject, "kind", kind)
                : Map.of("subject", subject, "name", "Member " + subject, "kind", kind, "country", country);
        return as(Tokens.officer()).body(member).post("/api/v1/tenders/{id}/committee/members", tenderId).then();
    }

    public static ValidatableResponse score(String tenderId, String bidId, String memberToken, int score) {
        return as(memberToken).body(Map.of("score", score))
                .put("/api/v1/tenders/{t}/bids/{b}/technical-scores/mine", tenderId, bidId).then();
    }
}
