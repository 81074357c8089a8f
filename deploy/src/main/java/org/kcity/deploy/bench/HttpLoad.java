package org.kcity.deploy.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;

/**
 * A small load generator over a fixed number of HTTP/1.1 connections, in one of two models: closed (every connection
 * sends its next request as soon as the last one answered: the throughput ceiling) or open (requests are due at a
 * constant arrival rate whether or not earlier ones answered). Latency is measured from the moment a request was due,
 * not from when a connection was free to send it, so the waiting of requests the server held up is counted
 * (coordinated omission corrected, as wrk2 does).
 */
final class HttpLoad {

    /** What one run measured; latencies in microseconds; failures counted by their status or exception. */
    record Result(int connections, int sent, int failed, Map<String, Integer> failures, double perSecond, long p50,
            long p99, long max) {
    }

    /** Request {@code n} of a run (0-based), or null when there is nothing more to send. */
    interface Requests extends IntFunction<HttpRequest> {
    }

    private final int connections;
    private final Duration length;
    private final Requests requests;
    private final int expectedStatus;
    private final ObjIntConsumer<HttpResponse<String>> onSuccess;

    HttpLoad(int connections, Duration length, Requests requests, int expectedStatus,
            ObjIntConsumer<HttpResponse<String>> onSuccess) {
        this.connections = connections;
        this.length = length;
        this.requests = requests;
        this.expectedStatus = expectedStatus;
        this.onSuccess = onSuccess;
    }

    /** As many requests as the connections can carry. */
    Result closed() {
        return run(0);
    }

    /** Requests due at {@code perSecond}, spread evenly. */
    Result open(double perSecond) {
        return run(perSecond);
    }

    private Result run(double perSecond) {
        long start = System.nanoTime();
        long end = start + length.toNanos();
        AtomicInteger next = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            HttpClient connection = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Thread sender = new Thread(() -> {
                for (int n = next.getAndIncrement(); ; n = next.getAndIncrement()) {
                    long due = perSecond > 0 ? start + (long) (n * 1e9 / perSecond) : System.nanoTime();
                    if (due >= end) {
                        return;
                    }
                    HttpRequest request = requests.apply(n);
                    if (request == null) {
                        return;
                    }
                    sleepUntil(due);
                    String failure = send(connection, request, n);
                    if (failure != null) {
                        failures.merge(failure, 1, Integer::sum);
                    }
                    latencies.add((System.nanoTime() - due) / 1_000);
                }
            }, "load-" + i);
            sender.start();
            senders.add(sender);
        }
        senders.forEach(HttpLoad::join);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        return new Result(connections, sorted.length, failed, Map.copyOf(failures), (sorted.length - failed) / seconds,
                percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    /** Sends the request and returns what went wrong: null, the unexpected status, or the exception's class. */
    private String send(HttpClient connection, HttpRequest request, int n) {
        try {
            HttpResponse<String> response = connection.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                return Integer.toString(response.statusCode());
            }
            onSuccess.accept(response, n);
            return null;
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.getClass().getSimpleName();
        }
    }

    static long percentile(long[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    private static void sleepUntil(long due) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
