package org.kcity.platform.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Consumes the topics in {@code kcity.events.consumer.topics} and hands each partition's records of a poll to a
 * {@link BatchSettler}; a record's offset is committed only once it is settled (applied, skipped or dead-lettered), in
 * one commit per poll, and a record that must wait pauses only its own partition while the others go on.
 *
 * <p>The consumer is supervised: whatever its Kafka client throws, the failure is logged, the client is rebuilt and
 * consumption goes on; so it is when the group's coordinator stops counting the client as a member
 * ({@link GroupMembershipWatch}). It joins its group as a static member ({@code kcity.events.consumer.instance-id}), so a
 * restarted instance takes its partitions back at once instead of waiting out its former session; on a clean shutdown
 * it leaves the group, so the remaining instances take over at once.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration REBUILD_PAUSE = Duration.ofSeconds(1);

    private final EventsConfig config;
    private final KafkaClients clients;
    private final TopicInitializer topics;
    private final EventApplier applier;
    private final DeadLetters deadLetters;
    private final Inbox inbox;
    private final MeterRegistry meters;
    private final Counter infrastructureFailures;
    private final Counter rebuilds;
    private final Map<TopicPartition, Long> lag = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Instant> pausedUntil = new HashMap<>();
    private volatile boolean running;
    private volatile Instant lastPoll;
    private volatile String instanceId;
    private Thread worker;
    private volatile KafkaConsumer<String, byte[]> consumer;

    InboxConsumer(EventsConfig config, KafkaClients clients, TopicInitializer topics, EventApplier applier,
            DeadLetters deadLetters, Inbox inbox, MeterRegistry meters) {
        this.config = config;
        this.clients = clients;
        this.topics = topics;
        this.applier = applier;
        this.deadLetters = deadLetters;
        this.inbox = inbox;
        this.meters = meters;
        this.infrastructureFailures = meters.counter("kcity.inbox.infrastructure_failures");
        this.rebuilds = meters.counter("kcity.inbox.consumer_rebuilds");
        meters.gauge("kcity.inbox.consumer_running", this, consumer -> consumer.isRunning() ? 1 : 0);
    }

    void start(@Observes StartupEvent startup) {
        List<String> subscribed = subscribedTopics();
        if (subscribed.isEmpty()) {
            return;
        }
        instanceId = config.consumer().instanceId().orElseGet(clients::instanceName);
        running = true;
        worker = new Thread(() -> supervise(subscribed), "inbox-consumer");
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

    /** Whether this service consumes anything at all. */
    public boolean isEnabled() {
        return !subscribedTopics().isEmpty();
    }

    /** True while the consumer thread lives and polled recently (a poll happens at least every few seconds). */
    public boolean isRunning() {
        Instant polled = lastPoll;
        return running && worker != null && worker.isAlive() && polled != null
                && polled.isAfter(Instant.now().minus(config.consumer().stallLimit()));
    }

    public Instant lastPoll() {
        return lastPoll;
    }

    /** Records not yet consumed per partition, as of the last poll. */
    public Map<TopicPartition, Long> lag() {
        return Map.copyOf(lag);
    }

    private List<String> subscribedTopics() {
        return config.consumer().topics().orElse(List.of());
    }

    private void supervise(List<String> subscribed) {
        while (running) {
            try {
                consumeUntilStopped(subscribed);
            } catch (WakeupException stopping) {
                // stop() woke the poll up
            } catch (FencedInstanceIdException duplicate) {
                String taken = instanceId;
                instanceId = taken + "-" + UUID.randomUUID().toString().substring(0, 8);
                LOG.errorf("Another consumer of group %s uses the instance id %s; this one goes on as %s. Give every "
                        + "instance its own kcity.events.consumer.instance-id", groupId(), taken, instanceId);
            } catch (Throwable failure) {
                rebuilds.increment();
                LOG.errorf(failure, "Inbox consumer failed (%s); rebuilding its Kafka client", Failures.describe(failure));
                pause(REBUILD_PAUSE);
            }
        }
    }

    private void consumeUntilStopped(List<String> subscribed) {
        while (running && !topics.ensureTopics()) {
            lastPoll = Instant.now();
            pause(config.relay().maxBackoff());
        }
        BatchSettler settler = new BatchSettler(applier,
                new RecordSettler(config.consumer(), applier, deadLetters, inbox, infrastructureFailures));
        pausedUntil.clear();
        KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(clients.manualCommitConsumer(groupId(), instanceId,
                config.consumer().sessionTimeout()),
                new StringDeserializer(), new ByteArrayDeserializer());
        boolean leaveGroup = true;
        try (GroupMembershipWatch membership = GroupMembershipWatch.over(clients, groupId(), instanceId,
                config.consumer().sessionTimeout())) {
            consumer = kafka;
            kafka.subscribe(subscribed, new ForgetRevokedPartitions());
            while (running) {
                resumeDuePartitions(kafka);
                ConsumerRecords<String, byte[]> records = kafka.poll(POLL);
                lastPoll = Instant.now();
                consume(kafka, settler, records);
                recordLag(kafka);
                membership.check();
            }
        } catch (RuntimeException failure) {
            // A crashed session stays in the group: the rebuilt client rejoins under the same instance id at once.
            leaveGroup = !running;
            throw failure;
        } finally {
            consumer = null;
            close(kafka, leaveGroup);
        }
    }

    /**
     * Settles a poll's records and then commits, once, each partition's offset past its last settled record. A crash
     * before that commit delivers the poll's settled records again, which the inbox recognizes.
     */
    private void consume(KafkaConsumer<String, byte[]> kafka, BatchSettler settler, ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> settled = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> polled = records.records(partition);
            BatchSettler.Outcome outcome = settler.settle(polled);
            if (outcome.settled() > 0) {
                settled.put(partition, new OffsetAndMetadata(polled.get(outcome.settled() - 1).offset() + 1));
            }
            if (outcome.settled() < polled.size()) {
                kafka.seek(partition, polled.get(outcome.settled()).offset());
                kafka.pause(List.of(partition));
                pausedUntil.put(partition, Instant.now().plus(outcome.pause()));
            }
        }
        if (!settled.isEmpty()) {
            kafka.commitSync(settled);
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

    private void recordLag(KafkaConsumer<String, byte[]> kafka) {
        for (TopicPartition partition : kafka.assignment()) {
            kafka.currentLag(partition).ifPresent(records -> {
                if (lag.put(partition, records) == null) {
                    Gauge.builder("kcity.inbox.lag", lag, current -> current.getOrDefault(partition, 0L))
                            .tags("topic", partition.topic(), "partition", String.valueOf(partition.partition()))
                            .description("Records of the partition not yet consumed by this instance")
                            .register(meters);
                }
            });
        }
    }

    private String groupId() {
        return config.consumer().groupId().orElse(clients.applicationName());
    }

    private static void close(KafkaConsumer<String, byte[]> kafka, boolean leaveGroup) {
        try {
            kafka.close(CloseOptions.groupMembershipOperation(leaveGroup
                    ? CloseOptions.GroupMembershipOperation.LEAVE_GROUP
                    : CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP).withTimeout(Duration.ofSeconds(5)));
        } catch (RuntimeException closing) {
            LOG.debugf("Closing the consumer failed: %s", Failures.describe(closing));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Partitions that moved to another instance are no longer this one's to pause or to report lag for. */
    private final class ForgetRevokedPartitions implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            partitions.forEach(partition -> {
                pausedUntil.remove(partition);
                lag.put(partition, 0L);
            });
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            onPartitionsRevoked(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            // positions come from the committed offsets
        }
    }
}
