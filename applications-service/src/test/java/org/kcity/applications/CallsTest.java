package org.kcity.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.kcity.applications.Intake.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.EventContracts;
import org.kcity.deploy.testing.PublishedEvent;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class CallsTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager entityManager;

    @Test
    void an_officer_creates_a_draft_call_with_defaults_and_reads_it_with_its_etag() {
        String id = createCall(callDefinition());

        officer().get("/api/v1/calls/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).body("evaluationsPerApplication", equalTo(3))
                .body("onePerCountry", equalTo(true)).body("tracks.track", hasItem("SOLUTION_DEMONSTRATION"))
                .body("regionGroups[0].name", equalTo("ASEAN"));
    }

    @Test
    void an_inconsistent_configuration_is_a_422_naming_every_fault() {
        Map<String, Object> definition = callDefinition();
        definition.put("criteria", List.of(Map.of("code", "A", "name", "A", "weight", 50),
                Map.of("code", "A", "name", "Again", "weight", 40)));
        definition.put("tracks", List.of(track("URBAN_DEVELOPMENT", 4, 700_000_000L, 600_000_000L),
                track("URBAN_DEVELOPMENT", 2, 1, 2)));
        definition.put("closesAt", now().minusDays(2).toString());
        definition.put("envelope", 1_000L);
        definition.put("regionGroups", List.of(Map.of("name", "ASEAN", "countries", List.of("VN", "XX")),
                Map.of("name", "Mekong", "countries", List.of("VN")), Map.of("name", "ASEAN", "countries", List.of("LA"))));

        officer().body(definition).post("/api/v1/calls").then().statusCode(422).contentType(PROBLEM)
                .body("errors.code", containsInAnyOrder("WEIGHTS_NOT_100", "DUPLICATE_CRITERION", "DUPLICATE_TRACK",
                        "FLOOR_ABOVE_CAP", "ENVELOPE_TOO_SMALL", "WINDOW_CLOSES_BEFORE_OPENING", "UNKNOWN_COUNTRY",
                        "COUNTRY_IN_SEVERAL_REGION_GROUPS", "DUPLICATE_REGION_GROUP"));
    }

    @Test
    void a_configuration_of_the_wrong_shape_is_a_400_listing_each_field() {
        Map<String, Object> definition = callDefinition();
        definition.remove("title");
        definition.put("tracks", List.of(track("URBAN_DEVELOPMENT", 0, -1, 5)));
        definition.put("passingScore", 101);

        officer().body(definition).post("/api/v1/calls").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("title", "tracks[0].quota", "tracks[0].supportFloor", "passingScore"));
    }

    @Test
    void only_program_officers_manage_calls() {
        Map<String, Object> definition = callDefinition();
        anonymous().body(definition).post("/api/v1/calls").then().statusCode(401).contentType(PROBLEM);
        applicant(unique("org")).body(definition).post("/api/v1/calls").then().statusCode(403).contentType(PROBLEM);
        viewer().body(definition).post("/api/v1/calls").then().statusCode(403);
        evaluator().body(definition).post("/api/v1/calls").then().statusCode(403);

        String id = createCall(definition);
        applicant(unique("org")).header("If-Match", "\"0\"").body(definition).put("/api/v1/calls/" + id).then().statusCode(403);
        viewer().post("/api/v1/calls/" + id + "/open").then().statusCode(403);
        applicant(unique("org")).post("/api/v1/calls/" + id + "/close").then().statusCode(403);
        anonymous().post("/api/v1/calls/" + id + "/open").then().statusCode(401);
    }

    @Test
    void a_draft_call_changes_only_with_the_current_etag_and_not_after_it_opened() {
        Map<String, Object> definition = callDefinition();
        String id = createCall(definition);
        definition.put("title", "Renamed call");

        officer().body(definition).put("/api/v1/calls/" + id).then().statusCode(428).contentType(PROBLEM);
        officer().header("If-Match", "\"7\"").body(definition).put("/api/v1/calls/" + id).then().statusCode(412).contentType(PROBLEM);
        officer().header("If-Match", "\"0\"").body(definition).put("/api/v1/calls/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Renamed call"));
        officer().header("If-Match", "\"0\"").body(definition).put("/api/v1/calls/" + id).then().statusCode(412);

        definition.put("criteria", List.of(Map.of("code", "A", "name", "A", "weight", 99)));
        officer().header("If-Match", "\"1\"").body(definition).put("/api/v1/calls/" + id).then().statusCode(422)
                .body("errors.code", hasItem("WEIGHTS_NOT_100"));

        officer().post("/api/v1/calls/" + id + "/open").then().statusCode(200);
        String etag = officer().get("/api/v1/calls/" + id).then().extract().header("ETag");
        officer().header("If-Match", etag).body(callDefinition()).put("/api/v1/calls/" + id).then().statusCode(409)
                .body("errors.code", hasItem("CALL_NOT_EDITABLE"));
        officer().post("/api/v1/calls/" + id + "/open").then().statusCode(409);
    }

    @Test
    void opening_a_call_publishes_its_full_configuration() {
        Map<String, Object> definition = callDefinition();
        definition.put("evaluationsPerApplication", 5);
        definition.put("onePerCountry", false);
        String id = createCall(definition);
        officer().post("/api/v1/calls/" + id + "/open").then().statusCode(200).body("status", equalTo("OPEN"))
                .body("openedAt", notNullValue());

        PublishedEvent opened = awaitEvent("kcity.call.opened.v1", id);
        EventContracts.assertHonoursContract(opened);
        JsonNode data = opened.data();
        assertThat(data.get("callId").asText()).isEqualTo(id);
        assertThat(data.get("year").asInt()).isEqualTo(2027);
        assertThat(data.get("title").asText()).isEqualTo(definition.get("title"));
        assertThat(data.get("tracks")).hasSize(3);
        assertThat(data.get("tracks").get(0).get("track").asText()).isEqualTo("URBAN_DEVELOPMENT");
        assertThat(data.get("tracks").get(0).get("supportFloor").asLong()).isEqualTo(URBAN_FLOOR);
        assertThat(data.get("tracks").get(0).get("supportCap").asLong()).isEqualTo(URBAN_CAP);
        assertThat(data.get("tracks").get(0).get("quota").asInt()).isEqualTo(4);
        assertThat(data.get("criteria")).hasSize(3);
        assertThat(data.get("criteria").get(0).get("weight").asInt()).isEqualTo(40);
        assertThat(data.get("envelope").asLong()).isEqualTo(10_000_000_000L);
        assertThat(data.get("passingScore").decimalValue()).isEqualByComparingTo("70");
        assertThat(data.get("evaluationsPerApplication").asInt()).isEqualTo(5);
        assertThat(data.get("onePerCountry").asBoolean()).isFalse();
        assertThat(data.get("regionGroups").get(0).get("countries")).hasSize(5);
        assertThat(data.get("openedAt").asText()).isNotBlank();
    }

    @Test
    void a_call_whose_window_is_over_cannot_open() {
        Map<String, Object> definition = callDefinition();
        definition.put("opensAt", now().minusDays(10).toString());
        definition.put("closesAt", now().minusDays(1).toString());
        String id = createCall(definition);

        officer().post("/api/v1/calls/" + id + "/open").then().statusCode(422).body("errors.code", hasItem("WINDOW_ALREADY_OVER"));
    }

    @Test
    void everyone_lists_and_reads_open_and_closed_calls_but_only_officers_see_drafts() {
        String draft = createCall(callDefinition());
        String open = openCall();
        String closed = openCall();
        officer().post("/api/v1/calls/" + closed + "/close").then().statusCode(200);

        anonymous().get("/api/v1/calls/" + open).then().statusCode(200).body("status", equalTo("OPEN"));
        viewer().get("/api/v1/calls/" + closed).then().statusCode(200).body("status", equalTo("CLOSED"));
        anonymous().get("/api/v1/calls/" + draft).then().statusCode(404).contentType(PROBLEM);
        applicant(unique("org")).get("/api/v1/calls/" + draft).then().statusCode(404);
        officer().get("/api/v1/calls/" + draft).then().statusCode(200);

        List<String> publicIds = allIds(Intake::anonymous, "");
        assertThat(publicIds).contains(open, closed).doesNotContain(draft);
        assertThat(allIds(Intake::anonymous, "&status=DRAFT")).isEmpty();
        assertThat(allIds(Intake::officer, "&status=DRAFT")).contains(draft).doesNotContain(open);
        anonymous().get("/api/v1/calls?status=CLOSED&year=2027&page=0&size=5").then().statusCode(200)
                .body("size", equalTo(5)).body("items.status", not(hasItem("OPEN")));
        anonymous().get("/api/v1/calls/no-such-call").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void an_officer_closes_a_call_by_hand_and_the_closure_carries_the_statistics() {
        String callId = openCall();
        submittedApplication(unique("org"), urbanApplication(callId, "VN"));
        submittedApplication(unique("org"), urbanApplication(callId, "KE"));

        officer().post("/api/v1/calls/" + callId + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo("OFFICER"));
        officer().post("/api/v1/calls/" + callId + "/close").then().statusCode(409).body("errors.code", hasItem("CALL_NOT_OPEN"));

        PublishedEvent closed = awaitEvent("kcity.call.closed.v1", callId);
        EventContracts.assertHonoursContract(closed);
        assertThat(closed.data().get("closedBy").asText()).isEqualTo("OFFICER");
        assertThat(closed.data().get("year").asInt()).isEqualTo(2027);
        JsonNode statistics = closed.data().get("statistics");
        assertThat(statistics.get("entries").asInt()).isEqualTo(2);
        assertThat(statistics.get("countries").asInt()).isEqualTo(2);
        assertThat(statistics.get("byRegion").findValuesAsText("region")).containsExactly("ASEAN", "Africa");
    }

    @Test
    void an_open_call_closes_by_itself_when_its_window_ends() {
        Map<String, Object> definition = callDefinition();
        definition.put("closesAt", now().plusSeconds(6).toString());
        String callId = openCall(definition);

        await().atMost(PATIENCE).untilAsserted(() ->
                anonymous().get("/api/v1/calls/" + callId).then().body("status", equalTo("CLOSED")));
        anonymous().get("/api/v1/calls/" + callId).then().body("closedBy", equalTo("SCHEDULE"));
        PublishedEvent closed = awaitEvent("kcity.call.closed.v1", callId);
        EventContracts.assertHonoursContract(closed);
        assertThat(closed.data().get("closedBy").asText()).isEqualTo("SCHEDULE");
        assertThat(closed.data().get("statistics").get("entries").asInt()).isZero();
        assertThat(closed.data().get("statistics").get("byTrack")).hasSize(3);
    }

    @Test
    void a_call_that_became_due_while_nobody_was_watching_is_closed_at_the_next_run() {
        String callId = openCall();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE program_call SET closes_at = now() - interval '3 days' WHERE id = :id")
                .setParameter("id", callId).executeUpdate());

        await().atMost(PATIENCE).untilAsserted(() -> anonymous().get("/api/v1/calls/" + callId).then()
                .body("status", equalTo("CLOSED")).body("closedBy", equalTo("SCHEDULE")));
        awaitEvent("kcity.call.closed.v1", callId);
    }

    @Test
    void every_change_to_a_call_is_in_the_audit_trail_for_officers() {
        String callId = openCall();
        officer().post("/api/v1/calls/" + callId + "/close").then().statusCode(200);

        officer().get("/api/v1/audit-trail?targetType=call&targetId=" + callId).then().statusCode(200)
                .body("items.action", containsInAnyOrder("call.created", "call.opened", "call.closed"))
                .body("items.actor", not(hasItem("system")));
        applicant(unique("org")).get("/api/v1/audit-trail?targetType=call&targetId=" + callId).then().statusCode(403);
    }

    private static List<String> allIds(Supplier<RequestSpecification> who, String filter) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = who.get().get("/api/v1/calls?size=100&page=" + page + filter).then().statusCode(200)
                    .extract().path("items.id");
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }
}
