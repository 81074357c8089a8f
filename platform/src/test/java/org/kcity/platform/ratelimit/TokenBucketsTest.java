package org.kcity.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long START = -TimeUnit.DAYS.toNanos(3);
    private final TokenBuckets buckets = new TokenBuckets(new Quota("caller-writes", 6));

    @Test
    void a_fresh_bucket_lets_a_whole_minutes_quota_through_at_once_then_refuses() {
        for (int i = 5; i >= 0; i--) {
            Decision decision = buckets.tryAcquire("alice", START);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remainingRequests()).isEqualTo(i);
        }
        Decision refused = buckets.tryAcquire("alice", START);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remainingRequests()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(10);
        assertThat(refused.rateLimitItem()).isEqualTo("\"caller-writes\";r=0;t=10");
        assertThat(refused.quota().policyItem()).isEqualTo("\"caller-writes\";q=6;w=60");
    }

    @Test
    void an_empty_bucket_lets_one_request_in_per_interval_and_not_before() {
        drain("alice", START);

        assertThat(buckets.tryAcquire("alice", START + seconds(10) - 1).allowed()).isFalse();
        assertThat(buckets.tryAcquire("alice", START + seconds(10)).allowed()).isTrue();
        assertThat(buckets.tryAcquire("alice", START + seconds(10)).allowed()).isFalse();
        assertThat(buckets.tryAcquire("alice", START + seconds(30)).remainingRequests()).isEqualTo(1);
    }

    @Test
    void a_refused_request_takes_no_token() {
        drain("alice", START);
        for (int i = 0; i < 100; i++) {
            buckets.tryAcquire("alice", START + seconds(5));
        }

        assertThat(buckets.tryAcquire("alice", START + seconds(10)).allowed()).isTrue();
    }

    @Test
    void each_key_has_its_own_bucket() {
        drain("alice", START);

        assertThat(buckets.tryAcquire("bob", START).allowed()).isTrue();
    }

    @Test
    void a_success_says_how_long_until_the_bucket_is_full_again() {
        buckets.tryAcquire("alice", START);
        Decision second = buckets.tryAcquire("alice", START);

        assertThat(second.rateLimitItem()).isEqualTo("\"caller-writes\";r=4;t=20");
    }

    @Test
    void only_buckets_that_are_full_again_are_forgotten() {
        drain("alice", START);
        buckets.tryAcquire("bob", START);

        buckets.forgetFull(START + seconds(30));

        assertThat(buckets.size()).isEqualTo(1);
        assertThat(buckets.tryAcquire("alice", START + seconds(30)).remainingRequests()).isEqualTo(2);
        buckets.forgetFull(START + seconds(120));
        assertThat(buckets.size()).isZero();
    }

    @Test
    void two_threads_together_never_get_more_than_the_quota() throws InterruptedException {
        TokenBuckets shared = new TokenBuckets(new Quota("organization-writes", 10_000));
        AtomicInteger allowed = new AtomicInteger();
        Runnable hammer = () -> {
            for (int i = 0; i < 50_000; i++) {
                if (shared.tryAcquire("org-1", START).allowed()) {
                    allowed.incrementAndGet();
                }
            }
        };
        Thread one = new Thread(hammer);
        Thread two = new Thread(hammer);
        one.start();
        two.start();
        one.join();
        two.join();

        assertThat(allowed.get()).isEqualTo(10_000);
    }

    private void drain(String key, long now) {
        for (int i = 0; i < 6; i++) {
            assertThat(buckets.tryAcquire(key, now).allowed()).isTrue();
        }
    }

    private static long seconds(long seconds) {
        return TimeUnit.SECONDS.toNanos(seconds);
    }
}
