package org.kcity.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** The service's token buckets, one set per quota of {@link RateLimitSettings}; idle buckets are dropped every minute. */
@ApplicationScoped
public class RateLimits {

    private final TokenBuckets callerReads;
    private final TokenBuckets callerWrites;
    private final TokenBuckets organizationReads;
    private final TokenBuckets organizationWrites;
    private final TokenBuckets clientAddressReads;
    private final TokenBuckets clientAddressWrites;

    RateLimits(RateLimitSettings settings) {
        callerReads = new TokenBuckets(new Quota("caller-reads", settings.callerReadsPerMinute()));
        callerWrites = new TokenBuckets(new Quota("caller-writes", settings.callerWritesPerMinute()));
        organizationReads = new TokenBuckets(new Quota("organization-reads", settings.organizationReadsPerMinute()));
        organizationWrites = new TokenBuckets(new Quota("organization-writes", settings.organizationWritesPerMinute()));
        clientAddressReads = new TokenBuckets(new Quota("client-address-reads", settings.clientAddressReadsPerMinute()));
        clientAddressWrites = new TokenBuckets(new Quota("client-address-writes", settings.clientAddressWritesPerMinute()));
    }

    Decision caller(boolean write, String subject) {
        return (write ? callerWrites : callerReads).tryAcquire(subject, System.nanoTime());
    }

    Decision organization(boolean write, String organization) {
        return (write ? organizationWrites : organizationReads).tryAcquire(organization, System.nanoTime());
    }

    Decision clientAddress(boolean write, String address) {
        return (write ? clientAddressWrites : clientAddressReads).tryAcquire(address, System.nanoTime());
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetFullBuckets() {
        long now = System.nanoTime();
        for (TokenBuckets buckets : new TokenBuckets[] { callerReads, callerWrites, organizationReads, organizationWrites,
                clientAddressReads, clientAddressWrites }) {
            buckets.forgetFull(now);
        }
    }
}
