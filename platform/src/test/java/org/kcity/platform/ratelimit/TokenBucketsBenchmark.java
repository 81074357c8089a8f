package org.kcity.platform.ratelimit;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one {@link TokenBuckets#tryAcquire} costs, on as many threads as asked: every thread on one key (all contend
 * for one bucket, the worst case) and on 10,000 keys (many callers). Not a test: run it by hand, after a build,
 * {@code java -cp platform/target/classes:platform/target/test-classes org.kcity.platform.ratelimit.TokenBucketsBenchmark 2 5000000}.
 */
public final class TokenBucketsBenchmark {

    private static final int KEYS = 10_000;

    private TokenBucketsBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int callsPerThread = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
        String[] keys = new String[KEYS];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = "subject-" + i;
        }
        for (int round = 0; round < 3; round++) {
            boolean warmUp = round == 0;
            report(warmUp, "one key", threads, callsPerThread, run(threads, callsPerThread, new String[] { "subject-0" }));
            report(warmUp, KEYS + " keys", threads, callsPerThread, run(threads, callsPerThread, keys));
        }
    }

    private static long run(int threads, int callsPerThread, String[] keys) throws InterruptedException {
        TokenBuckets buckets = new TokenBuckets(new Quota("benchmark", 1_000_000));
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        AtomicLong allowed = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            int offset = t * 7919;
            new Thread(() -> {
                long mine = 0;
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < callsPerThread; i++) {
                    if (buckets.tryAcquire(keys[(i + offset) % keys.length], System.nanoTime()).allowed()) {
                        mine++;
                    }
                }
                allowed.addAndGet(mine);
                done.countDown();
            }).start();
        }
        long began = System.nanoTime();
        start.countDown();
        done.await();
        long elapsed = System.nanoTime() - began;
        if (allowed.get() < 0) {
            throw new AssertionError("unreachable: keeps the results alive");
        }
        return elapsed;
    }

    private static void report(boolean warmUp, String what, int threads, int callsPerThread, long elapsed) {
        if (warmUp) {
            return;
        }
        long calls = (long) threads * callsPerThread;
        System.out.printf("%-12s %d threads: %,d calls in %,d ms = %.1f ns per call per thread, %.1f million calls/s%n",
                what, threads, calls, elapsed / 1_000_000, (double) elapsed * threads / calls, calls * 1000.0 / elapsed);
    }
}
