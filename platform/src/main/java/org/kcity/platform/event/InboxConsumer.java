package org.kcity.platform.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Consumes the topics in {@code kcity.events.consumer.topics} and applies each event with the handler that
 * the service's {@link EventSubscriber} declared for its type.
 *
 * <p>Each event is applied in its own transaction together with its inbox row, and its offset is committed
 * only after that transaction: a redelivery finds the inbox row and changes nothing. Types without a handler
 * are skipped (tolerant reader). An event that still fails after the configured attempts goes to
 * {@code <topic>.dlq} with the error in headers, and the partition moves on; while the database itself is
 * unreachable nothing is dead-lettered: the consumer waits and tries the same event again. An event whose handler
 * says it {@link EventArrivedEarly arrived early} pauses only its own partition until it can be applied.
 */
@ApplicationScoped
public class InboxConsumer {

    public static final String ERROR_HEADER = "kcity_dlq_error";
    public static final String ATTEMPTS_HEADER = "kcity_dlq_attempts";

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);
    private static final Duration DATABASE_DOWN_PAUSE = Duration.ofSeconds(2);

    private final EventsConfig config;
    private final KafkaClients clients;
    private final Inbox inbox;
    private final TopicInitializer topics;
    private final ObjectMapper json;
    private final EventRoutes routes = new EventRoutes();
    private final Counter applied;
    private final Counter deadLettered;
    private final Map<TopicPartition, Instant> pausedUntil = new HashMap<>();
    private final Map<String, Instant> earlySince = new HashMap<>();
    private volatile boolean running;
    private Thread worker;
    private KafkaConsumer<String, byte[]> consumer;

    InboxConsumer(EventsConfig config, KafkaClients clients, Inbox inbox, TopicInitializer topics, ObjectMapper json,
            Instance<EventSubscriber> subscribers, MeterRegistry meters) {
        this.config = config;
        this.clients = clients;
        this.inbox = inbox;
        this.topics = topics;
        this.json = json;
        subscribers.forEach(subscriber -> subscriber.subscribe(routes));
        this.applied = meters.counter("kcity.inbox.applied");
        this.deadLettered = meters.counter("kcity.inbox.dead_lettered");
    }

    public static String deadLetterTopic(String topic) {
        return topic + ".dlq";
    }

    void start(@Observes StartupEvent startup) {
        List<String> subscribed = config.consumer().topics().orElse(List.of());
        if (subscribed.isEmpty()) {
            return;
        }
        running = true;
        worker = new Thread(() -> run(subscribed), "inbox-consumer");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(15));
        }
    }

    private void run(List<String> subscribed) {
        while (running && !topics.ensureTopics()) {
            pause(config.relay().maxBackoff());
        }
        String groupId = config.consumer().groupId().orElse(clients.applicationName());
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(clients.manualCommitConsumer(groupId),
                new StringDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<String, byte[]> deadLetters = new KafkaProducer<>(clients.reliableProducer("dead-letters"),
                        new StringSerializer(), new ByteArraySerializer())) {
            consumer = kafka;
            kafka.subscribe(subscribed);
            while (running) {
                resumeDuePartitions(kafka);
                consume(kafka, deadLetters, kafka.poll(Duration.ofMillis(200)));
            }
        } catch (WakeupException stopping) {
            // shutdown
        } catch (RuntimeException unexpected) {
            LOG.error("Inbox consumer stopped", unexpected);
        } finally {
            consumer = null;
        }
    }

    private void consume(KafkaConsumer<String, byte[]> kafka, KafkaProducer<String, byte[]> deadLetters,
            ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                Outcome outcome = settle(record, deadLetters);
                if (outcome != Outcome.SETTLED) {
                    kafka.seek(partition, record.offset());
                    if (outcome == Outcome.ARRIVED_EARLY) {
                        kafka.pause(List.of(partition));
                        pausedUntil.put(partition, Instant.now().plus(config.consumer().earlyEventPause()));
                    }
                    break;
                }
                kafka.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
            }
        }
    }

    private void resumeDuePartitions(KafkaConsumer<String, byte[]> kafka) {
        Instant now = Instant.now();
        List<TopicPartition> due = pausedUntil.entrySet().stream()
                .filter(paused -> !paused.getValue().isAfter(now)).map(Map.Entry::getKey).toList();
        if (!due.isEmpty()) {
            due.forEach(pausedUntil::remove);
            kafka.resume(due.stream().filter(kafka.assignment()::contains).toList());
        }
    }

    private enum Outcome {
        SETTLED, ARRIVED_EARLY, RETRY_LATER
    }

    /** Applies, skips or dead-letters the record, or says why it must be tried again later. */
    private Outcome settle(ConsumerRecord<String, byte[]> record, KafkaProducer<String, byte[]> deadLetters) {
        String position = record.topic() + "-" + record.partition() + "@" + record.offset();
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= config.consumer().maxAttempts(); attempt++) {
            try {
                apply(record);
                earlySince.remove(position);
                return Outcome.SETTLED;
            } catch (RuntimeException failure) {
                EventArrivedEarly early = arrivedEarly(failure);
                if (early != null) {
                    Instant since = earlySince.computeIfAbsent(position, key -> Instant.now());
                    if (Instant.now().isBefore(since.plus(config.consumer().earlyEventLimit()))) {
                        LOG.debugf("Event at %s arrived early (%s); its partition waits", position, early.getMessage());
                        return Outcome.ARRIVED_EARLY;
                    }
                    earlySince.remove(position);
                    return deadLetter(record, early, deadLetters) ? Outcome.SETTLED : Outcome.RETRY_LATER;
                }
                lastFailure = failure;
                LOG.warnf("Event at %s-%d@%d failed (attempt %d): %s", record.topic(), record.partition(), record.offset(),
                        attempt, OutboxRelay.rootMessage(failure));
                pause(config.consumer().retryBackoff().multipliedBy(attempt));
            }
        }
        if (!inbox.databaseReachable()) {
            pause(DATABASE_DOWN_PAUSE);
            return Outcome.RETRY_LATER;
        }
        return deadLetter(record, lastFailure, deadLetters) ? Outcome.SETTLED : Outcome.RETRY_LATER;
    }

    private static EventArrivedEarly arrivedEarly(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EventArrivedEarly early) {
                return early;
            }
        }
        return null;
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = KafkaMessageFactory.createReader(record.headers(), record.value()).toEvent();
        EventRoutes.Route<?> route = routes.routeOf(event.getType());
        if (route == null) {
            return;
        }
        EventMetadata metadata = new EventMetadata(event.getId(), event.getType(), event.getSource().toString(),
                event.getSubject(), event.getTime());
        QuarkusTransaction.requiringNew().run(() -> {
            if (inbox.firstDelivery(metadata, record.topic(), record.partition(), record.offset())) {
                route.apply(metadata, read(route, metadata, event));
                applied.increment();
            }
        });
    }

    private Object read(EventRoutes.Route<?> route, EventMetadata metadata, CloudEvent event) {
        if (event.getData() == null) {
            throw new IllegalArgumentException("Event " + metadata.id() + " has no data");
        }
        try {
            return json.readValue(event.getData().toBytes(), route.dataType());
        } catch (IOException e) {
            throw new IllegalArgumentException("Event " + metadata.id() + " data is not a valid " + metadata.type(), e);
        }
    }

    private boolean deadLetter(ConsumerRecord<String, byte[]> record, RuntimeException failure,
            KafkaProducer<String, byte[]> deadLetters) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(deadLetterTopic(record.topic()), record.key(), record.value());
        record.headers().forEach(header -> letter.headers().add(header));
        letter.headers().add(ERROR_HEADER, OutboxRelay.rootMessage(failure).getBytes(StandardCharsets.UTF_8));
        letter.headers().add(ATTEMPTS_HEADER, String.valueOf(config.consumer().maxAttempts()).getBytes(StandardCharsets.UTF_8));
        letter.headers().add("kcity_dlq_origin", (record.topic() + "-" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        try {
            deadLetters.send(letter).get(30, TimeUnit.SECONDS);
            deadLettered.increment();
            LOG.errorf("Event at %s-%d@%d moved to %s: %s", record.topic(), record.partition(), record.offset(),
                    letter.topic(), OutboxRelay.rootMessage(failure));
            return true;
        } catch (Exception brokerTrouble) {
            LOG.warnf("Could not dead-letter event at %s-%d@%d; will retry", record.topic(), record.partition(), record.offset());
            return false;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
