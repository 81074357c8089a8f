package org.kcity.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.awaitility.Awaitility.await;
import static org.kcity.applications.Intake.*;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.EventContracts;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.PublishedEvent;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ScreeningAndStatisticsTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager entityManager;

    @Test
    void an_officer_screens_a_submitted_application_in_and_it_is_published() {
        String callId = openCall();
        String id = submittedApplication(unique("org"), urbanApplication(callId, "VN"));

        officer().body(Map.of("outcome", "SCREENED_IN")).post("/api/v1/applications/" + id + "/screening").then()
                .statusCode(200).body("status", equalTo("SCREENED_IN")).body("screeningReason", nullValue());
        officer().body(Map.of("outcome", "SCREENED_OUT", "reason", "late")).post("/api/v1/applications/" + id + "/screening")
                .then().statusCode(409).body("errors.code", hasItem("APPLICATION_NOT_SUBMITTED"));

        PublishedEvent screened = awaitEvent("kcity.application.screened.v1", id);
        EventContracts.assertHonoursContract(screened);
        assertThat(screened.data().get("applicationId").asText()).isEqualTo(id);
        assertThat(screened.data().get("callId").asText()).isEqualTo(callId);
        assertThat(screened.data().get("outcome").asText()).isEqualTo("SCREENED_IN");
        assertThat(screened.data().get("screenedAt").asText()).isNotBlank();
    }

    @Test
    void screening_is_refused_once_selection_published_the_result_and_a_repeated_notice_changes_nothing() {
        String callId = openCall();
        String screenedIn = submittedApplication(unique("org"), urbanApplication(callId, "GH"));
        String pending = submittedApplication(unique("org"), urbanApplication(callId, "KE"));
        officer().body(Map.of("outcome", "SCREENED_IN")).post("/api/v1/applications/" + screenedIn + "/screening").then()
                .statusCode(200);

        OffsetDateTime publishedAt = now().withNano(0);
        String noticeId = UUID.randomUUID().toString();
        EventLog.publish("kcity.selection", noticeId, "kcity.selection.published.v1", "/kcity/selection-service", callId,
                selectionPublished(callId, publishedAt));
        await().atMost(PATIENCE).until(() -> officer().get("/api/v1/calls/" + callId).then().extract()
                .<String>path("resultPublishedAt"), notNullValue());

        officer().body(Map.of("outcome", "SCREENED_OUT", "reason", "Found ineligible after the result"))
                .post("/api/v1/applications/" + pending + "/screening").then().statusCode(409).contentType(PROBLEM)
                .body("errors.code", hasItem("RESULT_PUBLISHED"));
        officer().get("/api/v1/applications/" + pending).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        assertThat(EventLog.read(TOPIC)).noneMatch(event -> event.subject().equals(pending)
                && event.type().equals("kcity.application.screened.v1"));

        // The same notice again, and a later one: the first publication time stands, recorded once.
        EventLog.publish("kcity.selection", noticeId, "kcity.selection.published.v1", "/kcity/selection-service", callId,
                selectionPublished(callId, publishedAt));
        EventLog.publish("kcity.selection", "kcity.selection.published.v1", "/kcity/selection-service", callId,
                selectionPublished(callId, publishedAt.plusDays(1)));
        String lastNotice = UUID.randomUUID().toString();
        EventLog.publish("kcity.selection", lastNotice, "kcity.selection.published.v1", "/kcity/selection-service", callId,
                selectionPublished(callId, publishedAt.plusDays(2)));
        await().atMost(PATIENCE).until(() -> applied(lastNotice));
        String recorded = officer().get("/api/v1/calls/" + callId).then().statusCode(200).extract().path("resultPublishedAt");
        assertThat(OffsetDateTime.parse(recorded).toInstant()).isEqualTo(publishedAt.toInstant());
        assertThat(officer().get("/api/v1/audit-trail?targetType=call&targetId=" + callId).then().statusCode(200)
                .extract().<List<String>>path("items.action")).containsOnlyOnce("call.result_published");
    }

    /** Notices of one call share a partition: once the last one is applied, so are those before it. */
    private boolean applied(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE event_id = :id").setParameter("id", eventId)
                .getSingleResult()).longValue() == 1);
    }

    private static Map<String, Object> selectionPublished(String callId, OffsetDateTime publishedAt) {
        return Map.of("callId", callId, "year", publishedAt.getYear(), "publishedAt", publishedAt.toString(), "entries", 2,
                "countries", 2, "byTrack", List.of(), "selectedByRegion", List.of(), "selectedProjects", List.of());
    }

    @Test
    void screening_out_needs_a_reason_which_is_published() {
        String callId = openCall();
        String id = submittedApplication(unique("org"), urbanApplication(callId, "VN"));

        officer().body(Map.of("outcome", "SCREENED_OUT")).post("/api/v1/applications/" + id + "/screening").then()
                .statusCode(422).contentType(PROBLEM).body("errors.code", hasItem("REASON_REQUIRED"));
        officer().body(Map.of("outcome", "SCREENED_OUT", "reason", "The site is not public land"))
                .post("/api/v1/applications/" + id + "/screening").then().statusCode(200)
                .body("status", equalTo("SCREENED_OUT")).body("screeningReason", equalTo("The site is not public land"));

        PublishedEvent screened = awaitEvent("kcity.application.screened.v1", id);
        EventContracts.assertHonoursContract(screened);
        assertThat(screened.data().get("outcome").asText()).isEqualTo("SCREENED_OUT");
        assertThat(screened.data().get("reason").asText()).isEqualTo("The site is not public land");
    }

    @Test
    void only_officers_screen_and_drafts_are_not_theirs_to_see() {
        String callId = openCall();
        String organization = unique("org");
        String draft = createApplication(organization, urbanApplication(callId, "VN"));
        String submitted = submittedApplication(unique("org"), demonstration(callId, "VN"));
        Map<String, String> in = Map.of("outcome", "SCREENED_IN");

        applicant(organization).body(in).post("/api/v1/applications/" + submitted + "/screening").then().statusCode(403);
        viewer().body(in).post("/api/v1/applications/" + submitted + "/screening").then().statusCode(403);
        anonymous().body(in).post("/api/v1/applications/" + submitted + "/screening").then().statusCode(401);
        officer().body(in).post("/api/v1/applications/" + draft + "/screening").then().statusCode(404).contentType(PROBLEM);
        officer().get("/api/v1/applications/" + submitted).then().statusCode(200).body("track", equalTo("SOLUTION_DEMONSTRATION"));
    }

    @Test
    void officers_list_the_submitted_applications_of_a_call_with_filters() {
        String callId = openCall();
        String vietnam = submittedApplication(unique("org"), urbanApplication(callId, "VN"));
        String kenya = submittedApplication(unique("org"), demonstration(callId, "KE"));
        createApplication(unique("org"), urbanApplication(callId, "TH"));
        officer().body(Map.of("outcome", "SCREENED_IN")).post("/api/v1/applications/" + kenya + "/screening").then()
                .statusCode(200);

        officer().get("/api/v1/calls/" + callId + "/applications").then().statusCode(200)
                .body("items.id", containsInAnyOrder(vietnam, kenya)).body("totalItems", equalTo(2));
        officer().get("/api/v1/calls/" + callId + "/applications?track=URBAN_DEVELOPMENT").then()
                .body("items.id", containsInAnyOrder(vietnam));
        officer().get("/api/v1/calls/" + callId + "/applications?status=SCREENED_IN").then()
                .body("items.id", containsInAnyOrder(kenya));
        officer().get("/api/v1/calls/" + callId + "/applications?country=VN&size=1").then()
                .body("items.id", containsInAnyOrder(vietnam));
        officer().get("/api/v1/calls/" + callId + "/applications?country=vn").then().statusCode(400)
                .body("errors.field", hasItem("country"));
        officer().get("/api/v1/calls/unknown/applications").then().statusCode(404);
        applicant(unique("org")).get("/api/v1/calls/" + callId + "/applications").then().statusCode(403);
        viewer().get("/api/v1/calls/" + callId + "/applications").then().statusCode(403);
    }

    @Test
    void statistics_count_entries_and_countries_per_track_region_and_status_and_are_public_once_closed() {
        String callId = openCall();
        submittedApplication(unique("org"), urbanApplication(callId, "VN"));
        submittedApplication(unique("org"), urbanApplication(callId, "VN"));
        submittedApplication(unique("org"), urbanApplication(callId, "TH"));
        submittedApplication(unique("org"), urbanApplication(callId, "KE"));
        submittedApplication(unique("org"), demonstration(callId, "VN"));
        String withdrawer = unique("org");
        String withdrawn = submittedApplication(withdrawer, urbanApplication(callId, "PE"));
        applicant(withdrawer).post("/api/v1/applications/" + withdrawn + "/withdraw").then().statusCode(200);
        createApplication(unique("org"), urbanApplication(callId, "BR"));

        anonymous().get("/api/v1/calls/" + callId + "/statistics").then().statusCode(403).contentType(PROBLEM);
        viewer().get("/api/v1/calls/" + callId + "/statistics").then().statusCode(403);
        officer().get("/api/v1/calls/" + callId + "/statistics").then().statusCode(200).body("entries", equalTo(5));

        officer().post("/api/v1/calls/" + callId + "/close").then().statusCode(200);
        for (var reader : List.of(anonymous(), viewer(), officer())) {
            reader.get("/api/v1/calls/" + callId + "/statistics").then().statusCode(200)
                    .body("entries", equalTo(5)).body("countries", equalTo(3)).body("withdrawn", equalTo(1))
                    .body("byTrack.find { it.track == 'URBAN_DEVELOPMENT' }.entries", equalTo(4))
                    .body("byTrack.find { it.track == 'URBAN_DEVELOPMENT' }.countries", equalTo(3))
                    .body("byTrack.find { it.track == 'SOLUTION_DEMONSTRATION' }.entries", equalTo(1))
                    .body("byTrack.find { it.track == 'SOLUTION_PLANNING' }.entries", equalTo(0))
                    .body("byRegion.find { it.region == 'ASEAN' }.entries", equalTo(4))
                    .body("byRegion.find { it.region == 'ASEAN' }.countries", equalTo(2))
                    .body("byRegion.find { it.region == 'Africa' }.entries", equalTo(1))
                    .body("byRegion.region", containsInAnyOrder("ASEAN", "Africa"))
                    .body("byStatus.find { it.status == 'SUBMITTED' }.applications", equalTo(5))
                    .body("byStatus.find { it.status == 'WITHDRAWN' }.applications", equalTo(1));
        }
        PublishedEvent closed = awaitEvent("kcity.call.closed.v1", callId);
        EventContracts.assertHonoursContract(closed);
        assertThat(closed.data().get("statistics").get("entries").asInt()).isEqualTo(5);
        assertThat(closed.data().get("statistics").get("countries").asInt()).isEqualTo(3);
        assertThat(closed.data().get("statistics").get("withdrawn").asInt()).isEqualTo(1);
        assertThat(closed.data().get("statistics").get("byStatus").findValues("applications").stream().mapToInt(JsonNode::asInt).sum())
                .as("selection-service waits for this many submissions: every one ever submitted, the withdrawn one too")
                .isEqualTo(6);
    }

    @Test
    void statistics_of_a_draft_call_exist_only_for_officers() {
        String draft = createCall(callDefinition());
        anonymous().get("/api/v1/calls/" + draft + "/statistics").then().statusCode(404);
        officer().get("/api/v1/calls/" + draft + "/statistics").then().statusCode(200).body("entries", equalTo(0));
    }

    @Test
    void the_audit_trail_tells_who_did_what_to_an_application() {
        String callId = openCall();
        String organization = unique("org");
        Map<String, Object> body = urbanApplication(callId, "VN");
        String id = createApplication(organization, body);
        applicant(organization).header("If-Match", "\"0\"").body(body).put("/api/v1/applications/" + id).then().statusCode(200);
        applicant(organization).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        officer().body(Map.of("outcome", "SCREENED_IN")).post("/api/v1/applications/" + id + "/screening").then().statusCode(200);
        applicant(organization).post("/api/v1/applications/" + id + "/withdraw").then().statusCode(200);

        List<String> actions = officer().get("/api/v1/audit-trail?targetType=application&targetId=" + id).then()
                .statusCode(200).extract().path("items.action");
        assertThat(actions).containsExactly("application.created", "application.updated", "application.submitted",
                "application.screened", "application.withdrawn");
        List<String> actors = officer().get("/api/v1/audit-trail?targetType=application&targetId=" + id).then()
                .extract().path("items.actor");
        assertThat(actors).allSatisfy(actor -> assertThat(actor).matches("(user|officer)-.*"));
    }
}
