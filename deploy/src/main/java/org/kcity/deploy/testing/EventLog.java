package org.kcity.deploy.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.kcity.deploy.testing.events.EventSchemas;

/**
 * Reads and writes a topic of the test broker at the wire level, the way an outside consumer would:
 * no group, every partition from the beginning, CloudEvents taken apart from their raw headers.
 */
public final class EventLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper EVENT_JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static volatile String bootstrapServers;

    private EventLog() {
    }

    /** Reads and writes the given broker instead of the test broker of {@link KafkaTestResource}. */
    public static void useBroker(String servers) {
        bootstrapServers = servers;
    }

    private static String broker() {
        String servers = bootstrapServers;
        return servers != null ? servers : KafkaTestResource.broker().bootstrapServers();
    }

    /** Every event on {@code topic} now. */
    public static List<PublishedEvent> read(String topic) {
        return readUntil(topic, events -> true, Duration.ofSeconds(2));
    }

    /** Waits until an event matching {@code match} is on {@code topic}, and returns it. */
    public static PublishedEvent await(String topic, Predicate<PublishedEvent> match, Duration timeout) {
        return readUntil(topic, events -> events.stream().anyMatch(match), timeout).stream().filter(match).findFirst()
                .orElseThrow(() -> new AssertionError("No matching event on " + topic + " within " + timeout));
    }

    /** Waits until at least {@code count} events match, and returns all that match. */
    public static List<PublishedEvent> awaitCount(String topic, Predicate<PublishedEvent> match, int count, Duration timeout) {
        List<PublishedEvent> matching = readUntil(topic, events -> events.stream().filter(match).count() >= count, timeout)
                .stream().filter(match).toList();
        if (matching.size() < count) {
            throw new AssertionError("Expected " + count + " matching events on " + topic + ", found " + matching.size());
        }
        return matching;
    }

    public static Predicate<PublishedEvent> ofType(String type) {
        return event -> type.equals(event.type());
    }

    public static Predicate<PublishedEvent> ofType(String type, String subject) {
        return event -> type.equals(event.type()) && subject.equals(event.subject());
    }

    /**
     * Sends {@code data} as a CloudEvent in binary mode, as an upstream service's relay would: the JSON of
     * {@code data} (dates as ISO-8601 text) with the {@code ce_*} headers, keyed by {@code subject}.
     * Sending the same {@code eventId} again is a redelivery. Data of a published type must honour its schema, so a
     * test never proves a consumer against an event no producer may send; {@link #send} sends anything.
     */
    public static void publish(String topic, String eventId, String type, String source, String subject, Object data) {
        sendAll(List.of(cloudEvent(topic, eventId, type, source, subject, data)));
    }

    /**
     * Publishes a backlog at once through one producer: an event of {@code type} for each entry of
     * {@code dataBySubject}, in its order, each with a new event id.
     */
    public static void publishBacklog(String topic, String type, String source, Map<String, ?> dataBySubject) {
        sendAll(dataBySubject.entrySet().stream().map(event -> cloudEvent(topic, UUID.randomUUID().toString(), type, source,
                event.getKey(), event.getValue())).toList());
    }

    private static ProducerRecord<String, byte[]> cloudEvent(String topic, String eventId, String type, String source,
            String subject, Object data) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_type", type);
        headers.put("ce_source", source);
        headers.put("ce_subject", subject);
        headers.put("ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        headers.put("content-type", "application/json");
        JsonNode json = EVENT_JSON.valueToTree(data);
        EventSchemas.find(type).ifPresent(schema -> {
            List<String> violations = EventSchemas.violations(schema, json);
            if (!violations.isEmpty()) {
                throw new AssertionError("The test's " + type + " breaks its published schema: " + String.join("; ", violations));
            }
        });
        try {
            return record(topic, subject, headers, EVENT_JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data of " + type + " is not serializable", e);
        }
    }

    /** {@link #publish(String, String, String, String, String, Object)} with a new event id, which it returns. */
    public static String publish(String topic, String type, String source, String subject, Object data) {
        String eventId = UUID.randomUUID().toString();
        publish(topic, eventId, type, source, subject, data);
        return eventId;
    }

    /** Sends raw bytes with the given headers, as a misbehaving or replaying producer would. */
    public static void send(String topic, String key, Map<String, String> headers, byte[] value) {
        sendAll(List.of(record(topic, key, headers, value)));
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, Map<String, String> headers, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static void sendAll(List<ProducerRecord<String, byte[]>> records) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> acks = records.stream().map(producer::send).toList();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + records.get(0).topic(), e);
        }
    }

    private static List<PublishedEvent> readUntil(String topic, Predicate<List<PublishedEvent>> done, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<PublishedEvent> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(timeout);
            do {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    events.add(toEvent(record));
                }
                if (done.test(events) && caughtUp(consumer, partitions)) {
                    return events;
                }
            } while (Instant.now().isBefore(deadline));
            return events;
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
    }

    private static PublishedEvent toEvent(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), text(header.value()));
        }
        return new PublishedEvent(record.topic(), record.partition(), record.offset(), record.key(), headers, json(record.value()));
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static JsonNode json(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.readTree(value);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(text(value));
        }
    }
}
