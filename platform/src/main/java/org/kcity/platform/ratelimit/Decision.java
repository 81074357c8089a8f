package org.kcity.platform.ratelimit;

import java.util.concurrent.TimeUnit;

/**
 * What one bucket said about one request.
 *
 * @param remainingRequests what the caller may still send at once after this request
 * @param nanosUntilFull    until the bucket holds its whole quota again
 * @param nanosUntilNext    until the next request would be allowed; 0 when it would be now
 */
public record Decision(Quota quota, boolean allowed, long remainingRequests, long nanosUntilFull, long nanosUntilNext) {

    /** {@code Retry-After}: whole seconds, rounded up so a client that waits exactly that long is let in. */
    public long retryAfterSeconds() {
        return Math.max(1, seconds(nanosUntilNext));
    }

    /** One item of the {@code RateLimit} field (draft-ietf-httpapi-ratelimit-headers-10): remaining and reset. */
    String rateLimitItem() {
        long reset = allowed ? seconds(nanosUntilFull) : retryAfterSeconds();
        return '"' + quota.policy() + "\";r=" + remainingRequests + ";t=" + reset;
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
