package org.kcity.platform.ratelimit;

import java.time.Duration;

/**
 * A quota of requests per minute under a policy name, e.g. {@code caller-writes}: the bucket's size and its refill.
 */
public record Quota(String policy, int requestsPerMinute) {

    static final Duration WINDOW = Duration.ofMinutes(1);

    public Quota {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("The quota " + policy + " must allow at least 1 request a minute");
        }
    }

    long nanosPerRequest() {
        return WINDOW.toNanos() / requestsPerMinute;
    }

    /** One item of the {@code RateLimit-Policy} field (draft-ietf-httpapi-ratelimit-headers-10). */
    String policyItem() {
        return '"' + policy + "\";q=" + requestsPerMinute + ";w=" + WINDOW.toSeconds();
    }
}
