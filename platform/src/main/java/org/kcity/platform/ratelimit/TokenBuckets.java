package org.kcity.platform.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One token bucket per key (a subject, an organization, a client address) under one {@link Quota}, lock-free.
 * A bucket is kept as a single number, the generic cell rate algorithm's theoretical arrival time: the moment at
 * which the bucket would be full again. A request moves it one interval (60 s / quota) later, unless that would put
 * it more than a window ahead of now, which is the bucket being empty. So taking a token is one compare-and-set and a
 * bucket that is full again holds nothing worth keeping: {@link #forgetFull} drops it, which bounds the memory by the
 * keys seen in the last minute.
 */
final class TokenBuckets {

    private final Quota quota;
    private final long interval;
    private final long window = Quota.WINDOW.toNanos();
    private final ConcurrentMap<String, AtomicLong> fullAt = new ConcurrentHashMap<>();

    TokenBuckets(Quota quota) {
        this.quota = quota;
        this.interval = quota.nanosPerRequest();
    }

    Quota quota() {
        return quota;
    }

    /** Takes a token from {@code key}'s bucket if it has one; {@code now} is {@link System#nanoTime()}. */
    Decision tryAcquire(String key, long now) {
        AtomicLong bucket = fullAt.get(key);
        if (bucket == null) {
            bucket = fullAt.computeIfAbsent(key, absent -> new AtomicLong(now));
        }
        while (true) {
            long full = bucket.get();
            long next = Math.max(full, now) + interval;
            long backlog = next - now;
            if (backlog > window) {
                return new Decision(quota, false, 0, full - now, backlog - window);
            }
            if (bucket.compareAndSet(full, next)) {
                return new Decision(quota, true, (window - backlog) / interval, backlog, 0);
            }
        }
    }

    /**
     * Drops the buckets that are full again: a new one would be the same. A request racing with this may take its
     * token from a bucket just dropped, so at most one request per key and sweep goes uncounted.
     */
    void forgetFull(long now) {
        fullAt.values().removeIf(bucket -> bucket.get() - now <= 0);
    }

    int size() {
        return fullAt.size();
    }
}
