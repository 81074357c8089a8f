package org.kcity.platform.event;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes outbox rows to Kafka in commit order, as CloudEvents in binary mode keyed by subject.
 *
 * <p>A row is marked published only after the broker acknowledged it, inside the transaction that read it;
 * a crash in between publishes it again (consumers deduplicate by event id), so nothing is lost. While the
 * broker is down rows simply wait; the relay retries with growing pauses. When several instances of a
 * service run, a PostgreSQL advisory lock lets one of them relay at a time, which keeps the order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LEADER_LOCK = 0x6b63697479L; // "kcity"
    private static final Duration STALL_LIMIT = Duration.ofSeconds(60);

    private final EventsConfig config;
    private final KafkaClients clients;
    private final TopicInitializer topics;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter published;
    private volatile boolean running;
    private volatile Instant lastCycle;
    private Thread worker;
    private KafkaProducer<String, CloudEvent> producer;

    OutboxRelay(EventsConfig config, KafkaClients clients, TopicInitializer topics, MeterRegistry meters) {
        this.config = config;
        this.topics = topics;
        this.clients = clients;
        this.published = meters.counter("kcity.outbox.published");
        meters.gauge("kcity.outbox.pending", this,
                relay -> DatabaseGauge.read(() -> QuarkusTransaction.requiringNew().call(OutboxEvent::pendingCount)));
        meters.gauge("kcity.outbox.oldest_pending_age_seconds", this,
                relay -> DatabaseGauge.read(() -> relay.oldestPendingAge().toMillis() / 1000.0));
        meters.gauge("kcity.outbox.relay_running", this, relay -> relay.isRunning() ? 1 : 0);
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wakeUp();
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(15));
        }
        closeProducer();
    }

    /** True while the relay thread lives and went round its loop recently, whether or not the broker answered. */
    public boolean isRunning() {
        Instant cycle = lastCycle;
        return running && worker != null && worker.isAlive() && cycle != null
                && cycle.isAfter(Instant.now().minus(STALL_LIMIT));
    }

    /** How long the oldest unpublished row has waited; zero when none waits. */
    public Duration oldestPendingAge() {
        return QuarkusTransaction.requiringNew().call(OutboxEvent::oldestPendingAge);
    }

    /** Asks the relay to look at the outbox now rather than at its next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        boolean topicsReady = false;
        while (running) {
            lastCycle = Instant.now();
            try {
                if (!topicsReady && !(topicsReady = topics.ensureTopics())) {
                    backoff = nextBackoff(backoff);
                    awaitWork(backoff);
                    continue;
                }
                awaitWork(backoff.isZero() ? config.relay().pollInterval() : backoff);
                while (running && publishNextBatch() == config.relay().batchSize()) {
                    // a full batch may have left rows behind; a shorter one took all, and a later commit wakes us
                }
                backoff = Duration.ZERO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable failure) {
                backoff = nextBackoff(backoff);
                if (Failures.isTransient(failure)) {
                    LOG.warnf("Outbox relay waits for the infrastructure (%s); retrying in %s", Failures.describe(failure), backoff);
                } else {
                    // Rows are never skipped, or the order would break: an operator must fix the cause.
                    LOG.errorf(failure, "Outbox relay could not publish (%s); retrying in %s", Failures.describe(failure), backoff);
                }
                closeProducer();
            }
        }
    }

    private void awaitWork(Duration timeout) throws InterruptedException {
        wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        wakeUps.drainPermits();
    }

    private int publishNextBatch() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            List<OutboxEvent> batch = OutboxEvent.nextPendingIfLeader(LEADER_LOCK, config.relay().batchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            sendAll(batch);
            OutboxEvent.markPublished(batch, OffsetDateTime.now(ZoneOffset.UTC));
            published.increment(batch.size());
            return batch.size();
        });
    }

    private void sendAll(List<OutboxEvent> batch) throws Exception {
        KafkaProducer<String, CloudEvent> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            acks.add(kafka.send(new ProducerRecord<>(row.topic, row.subject, toCloudEvent(row))));
        }
        kafka.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
    }

    private CloudEvent toCloudEvent(OutboxEvent row) {
        return CloudEventBuilder.v1()
                .withId(row.id.toString())
                .withType(row.type)
                .withSource(URI.create(config.source()))
                .withSubject(row.subject)
                .withTime(row.occurredAt)
                .withDataContentType("application/json")
                .withData(row.payload.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private synchronized KafkaProducer<String, CloudEvent> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(clients.reliableProducer("outbox-relay"), new StringSerializer(), new CloudEventSerializer());
        }
        return producer;
    }

    /** A producer that failed may hold a broken idempotence state; the next attempt starts afresh. */
    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private Duration nextBackoff(Duration current) {
        Duration doubled = current.isZero() ? Duration.ofMillis(250) : current.multipliedBy(2);
        return doubled.compareTo(config.relay().maxBackoff()) > 0 ? config.relay().maxBackoff() : doubled;
    }
}
