package org.kcity.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.kcity.deploy.KafkaBroker;
import org.kcity.deploy.testing.EventContracts;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.KafkaTestResource;
import org.kcity.deploy.testing.PublishedEvent;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventHandOffTest {

    private static final String TOPIC = "kcity.platform-test";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Notes notes;

    @Test
    void an_event_committed_with_its_state_reaches_kafka_as_a_cloudevent_and_the_consumers_inbox() {
        String id = unique("note");
        notes.write(id, "hello");

        PublishedEvent published = EventLog.await(TOPIC, EventLog.ofType(Notes.WRITTEN, id), PATIENCE);
        EventContracts.assertHonoursContract(published);
        assertThat(published.source()).isEqualTo("/kcity/platform-test");
        assertThat(published.data().get("text").asText()).isEqualTo("hello");
        assertThat(published.subject()).isEqualTo(id);
        assertThat(published.data().properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("noteId", "text");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notes.received(id)).containsExactly("hello"));
    }

    @Test
    void events_written_while_kafka_is_down_all_arrive_in_order_once_it_is_back() {
        KafkaBroker broker = KafkaTestResource.broker();
        String id = unique("outage");
        broker.stop();
        try {
            IntStream.rangeClosed(1, 5).forEach(n -> notes.write(id + "-" + n, "written during outage " + n));
            assertThat(IntStream.rangeClosed(1, 5).mapToLong(n -> notes.stored(id + "-" + n)).sum()).isEqualTo(5);
            assertThat(notes.pendingInOutbox()).isGreaterThanOrEqualTo(5);
        } finally {
            broker.start();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> IntStream.rangeClosed(1, 5)
                .forEach(n -> assertThat(notes.received(id + "-" + n)).containsExactly("written during outage " + n)));
        List<String> publishedOrder = EventLog.awaitCount(TOPIC, event -> event.subject().startsWith(id), 5, PATIENCE)
                .stream().map(PublishedEvent::subject).distinct().toList();
        assertThat(publishedOrder).hasSize(5);
        await().atMost(PATIENCE).until(() -> notes.pendingInOutbox() == 0);
    }

    @Test
    void an_event_delivered_twice_is_applied_once() {
        String id = unique("duplicate");
        String eventId = UUID.randomUUID().toString();
        send(eventId, Notes.WRITTEN, id, "{\"noteId\":\"" + id + "\",\"text\":\"once\"}");
        send(eventId, Notes.WRITTEN, id, "{\"noteId\":\"" + id + "\",\"text\":\"once\"}");
        String marker = UUID.randomUUID().toString();
        send(marker, Notes.WRITTEN, id, "{\"noteId\":\"" + id + "\",\"text\":\"after\"}");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notes.received(id)).containsExactly("once", "after"));
    }

    @Test
    void a_poison_event_goes_to_the_dead_letter_topic_and_the_next_event_is_still_applied() {
        String id = unique("poison");
        String poisonId = UUID.randomUUID().toString();
        send(poisonId, Notes.WRITTEN, id, "this is not json");
        send(UUID.randomUUID().toString(), Notes.WRITTEN, id, "{\"noteId\":\"" + id + "\",\"text\":\"next\"}");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notes.received(id)).containsExactly("next"));
        PublishedEvent dead = EventLog.await(TOPIC + ".dlq", event -> poisonId.equals(event.id()), PATIENCE);
        assertThat(dead.headers().get(DeadLetters.ERROR_HEADER)).isNotBlank();
        assertThat(dead.headers().get(DeadLetters.ATTEMPTS_HEADER)).isEqualTo("3");
        assertThat(dead.key()).isEqualTo(id);
    }

    @Test
    void an_event_lacking_a_field_its_record_requires_is_dead_lettered_before_its_handler_sees_it() {
        String id = unique("incomplete");
        String incompleteId = UUID.randomUUID().toString();
        send(incompleteId, Notes.WRITTEN, id, "{\"noteId\":\"" + id + "\"}");
        send(UUID.randomUUID().toString(), Notes.WRITTEN, id, "{\"noteId\":\"" + id + "\",\"text\":\"complete\"}");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notes.received(id)).containsExactly("complete"));
        PublishedEvent dead = EventLog.await(TOPIC + ".dlq", event -> incompleteId.equals(event.id()), PATIENCE);
        assertThat(dead.headers().get(DeadLetters.ERROR_HEADER)).contains(Notes.WRITTEN).contains("text must not be null");
    }

    @Test
    void unknown_event_types_and_unknown_fields_are_ignored() {
        String id = unique("tolerant");
        send(UUID.randomUUID().toString(), "kcity.platform.something_new.v1", id, "{\"whatever\":1}");
        send(UUID.randomUUID().toString(), Notes.WRITTEN, id,
                "{\"noteId\":\"" + id + "\",\"text\":\"tolerated\",\"addedInV2\":{\"x\":true}}");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notes.received(id)).containsExactly("tolerated"));
        assertThat(EventLog.read(TOPIC + ".dlq")).noneMatch(event -> id.equals(event.key()));
    }

    @Test
    void an_event_that_arrives_before_the_fact_it_depends_on_waits_for_it_without_holding_up_other_partitions() {
        String id = unique("early");
        String tagKey = keyOnAnotherPartitionThan(id);
        send(UUID.randomUUID().toString(), Notes.TAGGED, tagKey, "{\"noteId\":\"" + id + "\",\"tag\":\"urgent\"}");

        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> notes.received(id).isEmpty());
        send(UUID.randomUUID().toString(), Notes.WRITTEN, id, "{\"noteId\":\"" + id + "\",\"text\":\"first\"}");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notes.received(id)).containsExactly("first", "tag:urgent"));
        assertThat(EventLog.read(TOPIC + ".dlq")).noneMatch(event -> tagKey.equals(event.key()));
    }

    @Test
    void an_early_event_whose_fact_never_comes_is_dead_lettered_after_the_limit() {
        String id = unique("orphan");
        String tagKey = keyOnAnotherPartitionThan(id);
        String eventId = UUID.randomUUID().toString();
        send(eventId, Notes.TAGGED, tagKey, "{\"noteId\":\"" + id + "\",\"tag\":\"lost\"}");

        PublishedEvent dead = EventLog.await(TOPIC + ".dlq", event -> eventId.equals(event.id()), PATIENCE);
        assertThat(dead.headers().get(DeadLetters.ERROR_HEADER)).contains("has not been received yet");
        assertThat(notes.received(id)).isEmpty();
    }

    /** A key that the default partitioner places on another of the topic's 3 partitions than {@code key}. */
    private static String keyOnAnotherPartitionThan(String key) {
        int partition = partitionOf(key);
        return IntStream.range(0, 100).mapToObj(n -> "tag-" + n + "-" + key)
                .filter(candidate -> partitionOf(candidate) != partition).findFirst().orElseThrow();
    }

    private static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 3;
    }

    private static void send(String eventId, String type, String subject, String data) {
        EventLog.send(TOPIC, subject, Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", type,
                "ce_source", "/test/replayer",
                "ce_subject", subject,
                "ce_time", "2026-11-25T10:00:00Z",
                "content-type", "application/json"), data.getBytes(StandardCharsets.UTF_8));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
