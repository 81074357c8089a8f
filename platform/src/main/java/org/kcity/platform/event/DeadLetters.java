package org.kcity.platform.event;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Incoming events that can never be applied as they are. Each one is kept whole in the service's database (the
 * list operators read and replay from) and copied to {@code <topic>.dlq} for dashboards, with the error in headers;
 * a metric counts them and an ERROR line names each. A replay applies the stored record through the same
 * idempotent {@link EventApplier} as the consumer, so replaying an event that was applied meanwhile changes nothing.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String ERROR_HEADER = "kcity_dlq_error";
    public static final String ATTEMPTS_HEADER = "kcity_dlq_attempts";
    public static final String ORIGIN_HEADER = "kcity_dlq_origin";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final KafkaClients clients;
    private final EventApplier applier;
    private final ObjectMapper json;
    private final Counter deadLettered;
    private final Counter replayed;
    private KafkaProducer<String, byte[]> producer;

    DeadLetters(KafkaClients clients, EventApplier applier, ObjectMapper json, MeterRegistry meters) {
        this.clients = clients;
        this.applier = applier;
        this.json = json;
        this.deadLettered = meters.counter("kcity.inbox.dead_lettered");
        this.replayed = meters.counter("kcity.inbox.dead_letters_replayed");
        meters.gauge("kcity.inbox.dead_letters_held", this, letters -> DatabaseGauge.read(letters::heldCount));
    }

    public static String topicFor(String topic) {
        return topic + ".dlq";
    }

    /**
     * Keeps the record as a dead letter and copies it to its dead-letter topic. False when the broker did not take
     * the copy: the caller leaves the record where it is and tries again later (the stored row is kept as it is).
     */
    boolean deadLetter(ConsumerRecord<String, byte[]> record, Throwable failure, int attempts, Instant firstAttempt) {
        String error = Failures.describe(failure);
        QuarkusTransaction.requiringNew().run(() -> store(record, error, attempts, firstAttempt));
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(topicFor(record.topic()), record.key(), record.value());
        record.headers().forEach(header -> letter.headers().add(header));
        letter.headers().add(ERROR_HEADER, utf8(error));
        letter.headers().add(ATTEMPTS_HEADER, utf8(String.valueOf(attempts)));
        letter.headers().add(ORIGIN_HEADER, utf8(position(record)));
        try {
            producer().send(letter).get(30, TimeUnit.SECONDS);
        } catch (Exception brokerTrouble) {
            closeProducer();
            LOG.warnf("Could not copy the dead letter at %s to %s (%s); will try again", position(record), letter.topic(),
                    Failures.describe(brokerTrouble));
            return false;
        }
        deadLettered.increment();
        LOG.errorf("Event at %s can never be applied as it is and was dead-lettered to %s: %s", position(record),
                letter.topic(), error);
        return true;
    }

    public Page<DeadLetter> list(boolean heldOnly, PageRequest paging) {
        return QuarkusTransaction.requiringNew().call(() -> Page.of(heldOnly ? DeadLetter.held() : DeadLetter.all(), paging));
    }

    public long heldCount() {
        return QuarkusTransaction.requiringNew().call(DeadLetter::heldCount);
    }

    /**
     * Applies a held dead letter again. 404 when unknown, 409 when replayed before, 422 with the error when it still
     * cannot be applied (it stays held), 503 while the database or broker is unavailable.
     */
    public DeadLetter replay(long id) {
        DeadLetter letter = QuarkusTransaction.requiringNew().call(() -> DeadLetter.<DeadLetter>findById(id));
        if (letter == null) {
            throw ApiProblem.notFound("Dead letter", id);
        }
        letter.requireHeld();
        try {
            applier.apply(headersOf(letter), letter.payload, letter.topic, letter.partition, letter.offset);
        } catch (RuntimeException failure) {
            if (Failures.isTransient(failure)) {
                throw new ApiProblem(503, "unavailable", "Service Unavailable",
                        "The database or broker is unavailable: try the replay again later", null);
            }
            String error = Failures.describe(failure);
            QuarkusTransaction.requiringNew().run(() -> DeadLetter.<DeadLetter>findById(id).failedAgain(error, now()));
            throw ApiProblem.unprocessable("Dead letter " + id + " still cannot be applied: " + error,
                    List.of(Problem.Violation.ofRule("STILL_FAILING", error)));
        }
        replayed.increment();
        LOG.infof("Dead letter %d (event %s) replayed", id, letter.eventId);
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter done = DeadLetter.findById(id);
            done.replayed(now());
            return done;
        });
    }

    /**
     * Sets aside a held dead letter that must never be applied (a test event, a fact withdrawn at its source): it stays
     * on record, no longer held. 404 when unknown, 409 when replayed or discarded before.
     */
    public DeadLetter discard(long id, String by) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter letter = DeadLetter.findById(id);
            if (letter == null) {
                throw ApiProblem.notFound("Dead letter", id);
            }
            letter.discard(by, now());
            LOG.warnf("Dead letter %d (event %s) discarded by %s", id, letter.eventId, by);
            return letter;
        });
    }

    /** Replays every held dead letter in the order they were dead-lettered; returns the ids that still fail. */
    public ReplaySummary replayAll() {
        List<Long> applied = new ArrayList<>();
        List<Long> stillFailing = new ArrayList<>();
        List<Long> held = QuarkusTransaction.requiringNew().call(DeadLetter::heldIds);
        for (Long id : held) {
            try {
                replay(id);
                applied.add(id);
            } catch (ApiProblem problem) {
                if (problem.status() == 503) {
                    throw problem;
                }
                stillFailing.add(id);
            }
        }
        return new ReplaySummary(applied, stillFailing);
    }

    public record ReplaySummary(
            @Schema(example = "[42, 43]") List<Long> replayed,
            @Schema(example = "[44]") List<Long> stillFailing) {
    }

    void stop(@Observes ShutdownEvent shutdown) {
        closeProducer();
    }

    private void store(ConsumerRecord<String, byte[]> record, String error, int attempts, Instant firstAttempt) {
        OffsetDateTime now = now();
        DeadLetter earlier = DeadLetter.at(record.topic(), record.partition(), record.offset());
        if (earlier != null) {
            earlier.error = error;
            earlier.lastAttemptAt = now;
            return;
        }
        DeadLetter letter = new DeadLetter();
        letter.topic = record.topic();
        letter.partition = record.partition();
        letter.offset = record.offset();
        letter.key = record.key();
        letter.payload = record.value();
        letter.headers = headersToJson(record.headers());
        describe(record, letter);
        letter.error = error;
        letter.attempts = attempts;
        letter.firstAttemptAt = firstAttempt.atOffset(ZoneOffset.UTC);
        letter.lastAttemptAt = now;
        letter.persist();
    }

    /** Fills in the CloudEvents attributes when the record has them; an unreadable record is kept all the same. */
    private static void describe(ConsumerRecord<String, byte[]> record, DeadLetter letter) {
        try {
            CloudEvent event = EventApplier.read(record.headers(), record.value());
            letter.eventId = event.getId();
            letter.type = event.getType();
            letter.subject = event.getSubject();
        } catch (IllegalArgumentException unreadable) {
            letter.subject = record.key();
        }
    }

    private record Header(String name, String value) {
    }

    private String headersToJson(Headers headers) {
        List<Header> list = new ArrayList<>();
        headers.forEach(header -> list.add(new Header(header.key(),
                header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8))));
        try {
            return json.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Headers are always serializable", e);
        }
    }

    private Headers headersOf(DeadLetter letter) {
        RecordHeaders headers = new RecordHeaders();
        try {
            for (Header header : json.readValue(letter.headers, new TypeReference<List<Header>>() {
            })) {
                headers.add(header.name(), header.value() == null ? null : utf8(header.value()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dead letter " + letter.id + " has unreadable headers", e);
        }
        return headers;
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(clients.reliableProducer("dead-letters"), new StringSerializer(),
                    new ByteArraySerializer());
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
