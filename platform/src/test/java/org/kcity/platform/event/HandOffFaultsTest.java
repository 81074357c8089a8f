package org.kcity.platform.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kcity.deploy.DevTokens;
import org.kcity.deploy.KafkaBroker;
import org.kcity.deploy.PostgresServer;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.KafkaTestResource;
import org.kcity.deploy.testing.PostgresTestResource;
import org.kcity.deploy.testing.PublishedEvent;
import org.kcity.deploy.testing.ServiceMetrics;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The hand-off under faults of its infrastructure: each test counts what was lost and what was applied twice (both
 * must be zero) and measures how long the flow took to resume. The figures are printed for the README.
 */
@QuarkusTest
class HandOffFaultsTest {

    private static final String TOPIC = "kcity.platform-test";
    private static final int BACKLOG = 500;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    Notes notes;

    @ParameterizedTest(name = "database down for {0} s")
    @ValueSource(ints = { 1, 3, 10 })
    void a_database_restart_while_the_consumer_works_through_a_backlog_loses_nothing_and_applies_nothing_twice(int seconds)
            throws InterruptedException {
        PostgresServer database = PostgresTestResource.server();
        String prefix = unique("db-outage-" + seconds + "s");
        EventLog.publishBacklog(TOPIC, Notes.WRITTEN, "/test/backlog", backlog(prefix, BACKLOG));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> notes.receivedWithPrefix(prefix).applications() >= 20);

        database.stopAbruptly();
        Thread.sleep(seconds * 1000L);
        database.start();
        Instant back = Instant.now();
        long beforeRecovery = countOrMinusOne(prefix);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> countOrMinusOne(prefix) > beforeRecovery);
        Duration recovery = Duration.between(back, Instant.now());
        await().atMost(PATIENCE).until(() -> notes.receivedWithPrefix(prefix).notes() == BACKLOG);

        Notes.Received received = notes.receivedWithPrefix(prefix);
        System.out.printf("FAULT database down %d s, backlog %d: lost %d, applied twice %d, consuming again %d ms after "
                + "the database was back%n", seconds, BACKLOG, BACKLOG - received.notes(),
                received.applications() - received.notes(), recovery.toMillis());
        assertThat(received.notes()).as("lost").isEqualTo(BACKLOG);
        assertThat(received.applications()).as("applied twice").isEqualTo(BACKLOG);
        assertThat(deadLettersOf(prefix)).as("dead-lettered").isEmpty();
        assertThat(recovery).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void a_broker_killed_during_a_burst_of_writes_loses_nothing_and_the_backlog_flows_soon_after_it_is_back()
            throws Exception {
        KafkaBroker broker = KafkaTestResource.broker();
        String prefix = unique("broker-kill");
        int burst = 200;
        CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> IntStream.range(0, burst).forEach(n -> {
            notes.write(prefix + "-" + n, "burst " + n);
            pause(Duration.ofMillis(10));
        }));
        await().atMost(PATIENCE).until(() -> notes.receivedWithPrefix(prefix).applications() >= 20);
        broker.kill();
        writes.get();
        assertThat(notes.pendingInOutbox()).as("accepted while the broker was down, waiting in the outbox").isPositive();
        given().when().get("/q/health/ready").then().statusCode(200);

        broker.start();
        Instant back = Instant.now();
        long beforeRecovery = notes.receivedWithPrefix(prefix).applications();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> notes.receivedWithPrefix(prefix).applications() > beforeRecovery);
        Duration recovery = Duration.between(back, Instant.now());
        await().atMost(PATIENCE).until(() -> notes.receivedWithPrefix(prefix).notes() == burst);

        Notes.Received received = notes.receivedWithPrefix(prefix);
        System.out.printf("FAULT broker killed (SIGKILL) during a burst of %d writes: lost %d, applied twice %d, flowing "
                + "again %d ms after the broker was ready%n", burst, burst - received.notes(),
                received.applications() - received.notes(), recovery.toMillis());
        assertThat(received.notes()).as("lost").isEqualTo(burst);
        assertThat(received.applications()).as("applied twice").isEqualTo(burst);
        // Usually under a second. The bound is the consumer's own: a client that never got back into its group is
        // rebuilt once the coordinator has not listed it for three session timeouts (GroupMembershipWatch).
        assertThat(recovery).isLessThan(Duration.ofSeconds(45));
        await().atMost(PATIENCE).until(() -> notes.pendingInOutbox() == 0);
    }

    @Test
    void a_poison_event_is_dead_lettered_the_partition_moves_on_and_a_replay_after_the_fix_applies_it_once() {
        String id = unique("poison");
        String marker = "bug-" + id;
        notes.refuseTextsContaining(marker);
        String poisonId = EventLog.publish(TOPIC, Notes.WRITTEN, "/test/replayer", id, Map.of("noteId", id, "text", marker));
        String nextId = unique("after-poison");
        EventLog.publish(TOPIC, Notes.WRITTEN, "/test/replayer", id, Map.of("noteId", nextId, "text", "next"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notes.received(nextId)).containsExactly("next"));
        PublishedEvent copy = EventLog.await(TOPIC + ".dlq", event -> poisonId.equals(event.id()), PATIENCE);
        assertThat(copy.headers().get(DeadLetters.ERROR_HEADER)).contains("are refused");
        int letter = given().auth().oauth2(operator()).when().get("/api/v1/dead-letters")
                .then().statusCode(200).extract().path("items.find { it.eventId == '" + poisonId + "' }.id");
        given().auth().oauth2(operator()).when().get("/api/v1/dead-letters")
                .then().body("items.find { it.id == " + letter + " }.subject", equalTo(id))
                .body("items.find { it.id == " + letter + " }.type", equalTo(Notes.WRITTEN))
                .body("items.find { it.id == " + letter + " }.error", org.hamcrest.Matchers.containsString("are refused"))
                .body("items.find { it.id == " + letter + " }.firstAttemptAt", notNullValue());

        given().auth().oauth2(operator()).when().post("/api/v1/dead-letters/" + letter + "/replay")
                .then().statusCode(422).contentType("application/problem+json");
        notes.fixRefusal(marker);
        given().auth().oauth2(operator()).when().post("/api/v1/dead-letters/" + letter + "/replay")
                .then().statusCode(200).body("replayedAt", notNullValue());
        given().auth().oauth2(operator()).when().post("/api/v1/dead-letters/" + letter + "/replay")
                .then().statusCode(409).contentType("application/problem+json");

        assertThat(notes.received(id)).containsExactly(marker);
        given().auth().oauth2(operator()).when().get("/api/v1/dead-letters")
                .then().body("items.findAll { it.id == " + letter + " }", org.hamcrest.Matchers.empty());
    }

    @Test
    void an_operator_discards_a_dead_letter_that_must_never_be_applied_and_it_stays_on_record() {
        String id = unique("garbage");
        String garbageId = UUID.randomUUID().toString();
        EventLog.send(TOPIC, id, Map.of("ce_specversion", "1.0", "ce_id", garbageId, "ce_type", Notes.WRITTEN,
                "ce_source", "/test/replayer", "ce_subject", id, "content-type", "application/json"), "not json".getBytes());
        int letter = await().atMost(PATIENCE).until(() -> given().auth().oauth2(operator()).when().get("/api/v1/dead-letters")
                .then().extract().<Integer>path("items.find { it.eventId == '" + garbageId + "' }.id"), org.hamcrest.Matchers.notNullValue());

        given().auth().oauth2(operator()).when().post("/api/v1/dead-letters/" + letter + "/discard")
                .then().statusCode(200).body("discardedBy", equalTo("ops")).body("discardedAt", notNullValue());
        given().auth().oauth2(operator()).when().post("/api/v1/dead-letters/" + letter + "/replay")
                .then().statusCode(409).body("errors[0].code", equalTo("DISCARDED"));
        given().auth().oauth2(operator()).when().get("/api/v1/dead-letters")
                .then().body("items.findAll { it.id == " + letter + " }", org.hamcrest.Matchers.empty());
        given().auth().oauth2(operator()).when().get("/api/v1/dead-letters?all=true")
                .then().body("items.find { it.id == " + letter + " }.discardedBy", equalTo("ops"));
    }

    @Test
    void dead_letters_are_for_operators_only() {
        given().when().get("/api/v1/dead-letters").then().statusCode(401);
        given().auth().oauth2(DevTokens.mint("officer", "org-1", null, List.of("program-officer")))
                .when().post("/api/v1/dead-letters/replay").then().statusCode(403);
        given().auth().oauth2(operator()).when().post("/api/v1/dead-letters/987654321/replay").then().statusCode(404);
    }

    @Test
    void a_consumer_whose_session_dies_is_rebuilt_and_applies_the_event_once() {
        String id = unique("crash");
        double rebuildsBefore = consumerRebuilds();
        notes.crashOnceOnTextContaining("crash-" + id);
        EventLog.publish(TOPIC, Notes.WRITTEN, "/test/replayer", id, Map.of("noteId", id, "text", "crash-" + id));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notes.received(id)).containsExactly("crash-" + id));
        assertThat(consumerRebuilds()).as("the session ended and its client was rebuilt").isEqualTo(rebuildsBefore + 1);
        assertThat(deadLettersOf(id)).as("a dead session is not the event's fault").isEmpty();
        given().when().get("/q/health/live").then().statusCode(200).body("checks.find { it.name == 'event-workers' }.status",
                equalTo("UP"));
    }

    private static double consumerRebuilds() {
        return ServiceMetrics.value("kcity_inbox_consumer_rebuilds_total");
    }

    @Test
    void the_hand_off_health_group_reports_outbox_age_lag_and_dead_letters() {
        given().when().get("/q/health/group/hand-off").then().statusCode(200)
                .body("checks[0].name", equalTo("hand-off"))
                .body("checks[0].data.oldestUnpublishedOutboxRowSeconds", notNullValue())
                .body("checks[0].data.deadLettersHeld", notNullValue())
                .body("checks[0].data.consumerRunning", equalTo(true));
    }

    private long countOrMinusOne(String prefix) {
        try {
            return notes.receivedWithPrefix(prefix).applications();
        } catch (RuntimeException databaseStillStarting) {
            return -1;
        }
    }

    private static List<PublishedEvent> deadLettersOf(String prefix) {
        return EventLog.read(TOPIC + ".dlq").stream().filter(event -> event.subject() != null && event.subject().startsWith(prefix))
                .toList();
    }

    private static Map<String, Object> backlog(String prefix, int size) {
        Map<String, Object> events = new LinkedHashMap<>();
        IntStream.range(0, size).forEach(n -> events.put(prefix + "-" + n, Map.of("noteId", prefix + "-" + n, "text", "n" + n)));
        return events;
    }

    private static String operator() {
        return DevTokens.mint("ops", null, null, List.of("operator"));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
