package org.kcity.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.kcity.deploy.PostgresServer;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.PostgresTestResource;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The records one poll brings of one partition are applied in one transaction, and a batch that fails falls back to
 * settling its records one at a time, so every outcome is the one the records would have had alone. The records are
 * made by the test, for a partition the topic does not have: the service's own consumer never sees them.
 */
@QuarkusTest
class BatchSettlerTest {

    private static final String TOPIC = "kcity.platform-test";
    private static final int PARTITION = 99;
    private static final AtomicLong OFFSETS = new AtomicLong(System.currentTimeMillis() * 1_000);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Notes notes;

    @Inject
    EventApplier applier;

    @Inject
    DeadLetters deadLetters;

    @Inject
    Inbox inbox;

    @Inject
    EventsConfig config;

    @Inject
    MeterRegistry meters;

    @Inject
    EntityManager entityManager;

    @Test
    void the_records_of_a_poll_are_applied_in_one_transaction() {
        String id = unique("together");
        List<ConsumerRecord<String, byte[]>> batch = List.of(written(id + "-1", "one"), written(id + "-2", "two"),
                written(id + "-3", "three"));

        assertThat(settler().settle(batch).settled()).isEqualTo(batch.size());

        assertThat(notes.receivedWithPrefix(id)).isEqualTo(new Notes.Received(3, 3));
        // now() is the transaction's start: one inbox time for the three means one transaction.
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT count(DISTINCT received_at) FROM inbox_event WHERE event_id IN (:ids)", Long.class)
                .setParameter("ids", batch.stream().map(BatchSettlerTest::eventId).toList()).getSingleResult()))
                .isEqualTo(1L);
    }

    @Test
    void a_batch_with_an_event_that_can_never_be_applied_applies_the_others_and_dead_letters_only_that_one() {
        String id = unique("poison-batch");
        String marker = "refused-" + id;
        notes.refuseTextsContaining(marker);
        ConsumerRecord<String, byte[]> poison = written(id + "-poison", marker);
        List<ConsumerRecord<String, byte[]>> batch = List.of(written(id + "-1", "one"), written(id + "-2", "two"), poison,
                written(id + "-3", "three"));

        BatchSettler.Outcome outcome = settler().settle(batch);

        assertThat(outcome.settled()).isEqualTo(batch.size());
        assertThat(notes.receivedWithPrefix(id)).isEqualTo(new Notes.Received(3, 3));
        assertThat(notes.received(id + "-poison")).isEmpty();
        DeadLetter letter = QuarkusTransaction.requiringNew().call(() -> DeadLetter.at(TOPIC, PARTITION, poison.offset()));
        assertThat(letter).isNotNull();
        assertThat(letter.error).contains("are refused");
        EventLog.await(TOPIC + ".dlq", event -> letter.eventId.equals(event.id()), PATIENCE);
    }

    @Test
    void a_batch_hit_by_a_database_outage_applies_nothing_and_once_the_database_is_back_everything_exactly_once() {
        PostgresServer database = PostgresTestResource.server();
        String id = unique("outage-batch");
        String marker = "outage-" + id;
        notes.runOnceOnTextContaining(marker, database::stopAbruptly);
        List<ConsumerRecord<String, byte[]>> batch = List.of(written(id + "-1", "one"), written(id + "-2", "two"),
                written(id + "-3", marker), written(id + "-4", "four"));
        BatchSettler settler = settler();

        BatchSettler.Outcome duringOutage;
        try {
            duringOutage = settler.settle(batch);
        } finally {
            database.start();
        }

        assertThat(duringOutage.settled()).isZero();
        assertThat(duringOutage.pause()).isPositive();
        assertThat(await().ignoreExceptions().atMost(PATIENCE).until(() -> notes.receivedWithPrefix(id), Objects::nonNull))
                .as("applied while the database was down").isEqualTo(new Notes.Received(0, 0));
        settleAsTheConsumerWould(settler, batch);
        assertThat(notes.receivedWithPrefix(id)).isEqualTo(new Notes.Received(batch.size(), batch.size()));
        assertThat(notes.received(id + "-3")).containsExactly(marker);
        assertThat(QuarkusTransaction.requiringNew().call(() -> DeadLetter.at(TOPIC, PARTITION, batch.get(2).offset())))
                .as("an outage never dead-letters").isNull();
    }

    @Test
    void events_delivered_twice_within_a_batch_or_again_in_a_later_batch_are_applied_once() {
        String id = unique("duplicates");
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        BatchSettler settler = settler();

        assertThat(settler.settle(List.of(written(first, id + "-a", "a"), written(first, id + "-a", "a"),
                written(second, id + "-b", "b"))).settled()).isEqualTo(3);
        assertThat(settler.settle(List.of(written(second, id + "-b", "b"), written(id + "-c", "c"),
                written(first, id + "-a", "a"))).settled()).isEqualTo(3);

        assertThat(notes.received(id + "-a")).containsExactly("a");
        assertThat(notes.received(id + "-b")).containsExactly("b");
        assertThat(notes.received(id + "-c")).containsExactly("c");
    }

    @Test
    void an_early_event_in_a_batch_lets_the_events_before_it_be_applied_and_holds_back_those_after_it() {
        String id = unique("early-batch");
        List<ConsumerRecord<String, byte[]>> batch = List.of(written(id + "-1", "one"),
                record(UUID.randomUUID().toString(), Notes.TAGGED, id + "-unknown",
                        "{\"noteId\":\"" + id + "-unknown\",\"tag\":\"early\"}"),
                written(id + "-2", "two"));

        BatchSettler.Outcome outcome = settler().settle(batch);

        assertThat(outcome).isEqualTo(new BatchSettler.Outcome(1, config.consumer().earlyEventPause()));
        assertThat(notes.receivedWithPrefix(id)).isEqualTo(new Notes.Received(1, 1));
    }

    /** Settles the records again after each pause, from the first one not settled, until all of them are. */
    private static void settleAsTheConsumerWould(BatchSettler settler, List<ConsumerRecord<String, byte[]>> records) {
        List<ConsumerRecord<String, byte[]>> waiting = records;
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!waiting.isEmpty() && Instant.now().isBefore(deadline)) {
            BatchSettler.Outcome outcome = settler.settle(waiting);
            waiting = waiting.subList(outcome.settled(), waiting.size());
            sleep(outcome.pause());
        }
        assertThat(waiting).as("records not settled within " + PATIENCE).isEmpty();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private BatchSettler settler() {
        return new BatchSettler(applier, new RecordSettler(config.consumer(), applier, deadLetters, inbox,
                meters.counter("kcity.inbox.infrastructure_failures")));
    }

    private static ConsumerRecord<String, byte[]> written(String noteId, String text) {
        return written(UUID.randomUUID().toString(), noteId, text);
    }

    private static ConsumerRecord<String, byte[]> written(String eventId, String noteId, String text) {
        return record(eventId, Notes.WRITTEN, noteId, "{\"noteId\":\"" + noteId + "\",\"text\":\"" + text + "\"}");
    }

    private static ConsumerRecord<String, byte[]> record(String eventId, String type, String subject, String data) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(TOPIC, PARTITION, OFFSETS.incrementAndGet(), subject,
                data.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_type", type, "ce_source", "/test/batch", "ce_subject", subject,
                "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static String eventId(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
