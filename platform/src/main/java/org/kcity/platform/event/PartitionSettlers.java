package org.kcity.platform.event;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * Settles the partitions of a poll side by side, each on a thread of its own, and returns once every one of them is
 * settled as far as it can be. A consumer working off a backlog mostly waits for its database, and a partition need
 * not wait for another; the records of one partition are still settled in their order, by a {@link BatchSettler} of
 * that partition's own. A poll that brought a single partition is settled on the caller's thread.
 *
 * <p>One per consumer session, used by the consumer thread; {@link #close()} ends its threads.
 */
final class PartitionSettlers implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Supplier<BatchSettler> newSettler;
    private final Map<TopicPartition, BatchSettler> settlers = new HashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "inbox-partition-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    PartitionSettlers(Supplier<BatchSettler> newSettler) {
        this.newSettler = newSettler;
    }

    Map<TopicPartition, BatchSettler.Outcome> settle(ConsumerRecords<String, byte[]> records) {
        if (records.partitions().size() == 1) {
            TopicPartition only = records.partitions().iterator().next();
            return Map.of(only, settlerOf(only).settle(records.records(only)));
        }
        Map<TopicPartition, Future<BatchSettler.Outcome>> settling = new LinkedHashMap<>();
        for (TopicPartition partition : records.partitions()) {
            BatchSettler settler = settlerOf(partition);
            List<ConsumerRecord<String, byte[]>> polled = records.records(partition);
            settling.put(partition, threads.submit(() -> settler.settle(polled)));
        }
        return awaitAll(settling);
    }

    private BatchSettler settlerOf(TopicPartition partition) {
        return settlers.computeIfAbsent(partition, any -> newSettler.get());
    }

    /** Waits for every partition, even after one failed, so that no partition is still being settled afterwards. */
    private static Map<TopicPartition, BatchSettler.Outcome> awaitAll(
            Map<TopicPartition, Future<BatchSettler.Outcome>> settling) {
        Map<TopicPartition, BatchSettler.Outcome> outcomes = new HashMap<>();
        Throwable failure = null;
        for (Map.Entry<TopicPartition, Future<BatchSettler.Outcome>> partition : settling.entrySet()) {
            try {
                outcomes.put(partition.getKey(), partition.getValue().get());
            } catch (ExecutionException failed) {
                failure = failure == null ? failed.getCause() : failure;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                failure = failure == null ? interrupted : failure;
            }
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
        return outcomes;
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}
