package dev.seed.camel.timelinesai.simulator.http;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token bucket on a hand-driven clock. */
class RateLimiterTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void grantsPerSecondPlusBurstAtOnceThenRefillsAtTheRate() {
        RateLimiter limiter = new RateLimiter(new RateLimiter.Settings(true, 30, 10), nanos::get);

        for (int i = 0; i < 40; i++) {
            assertThat(limiter.take("10.0.0.1")).as("request %d", i + 1).isZero();
        }
        long wait = limiter.take("10.0.0.1");
        assertThat(wait).isBetween(TimeUnit.MILLISECONDS.toNanos(33), TimeUnit.MILLISECONDS.toNanos(34));

        nanos.addAndGet(wait);
        assertThat(limiter.take("10.0.0.1")).isZero();
        assertThat(limiter.take("10.0.0.1")).isPositive();
    }

    @Test
    void eachClientHasItsOwnBucket() {
        RateLimiter limiter = new RateLimiter(new RateLimiter.Settings(true, 1, 0), nanos::get);

        assertThat(limiter.take("10.0.0.1")).isZero();
        assertThat(limiter.take("10.0.0.1")).isPositive();
        assertThat(limiter.take("10.0.0.2")).isZero();
    }

    @Test
    void refillNeverExceedsTheCapacity() {
        RateLimiter limiter = new RateLimiter(new RateLimiter.Settings(true, 2, 1), nanos::get);
        limiter.take("c");
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(60));

        assertThat(limiter.take("c")).isZero();
        assertThat(limiter.take("c")).isZero();
        assertThat(limiter.take("c")).isZero();
        assertThat(limiter.take("c")).isPositive();
    }

    @Test
    void reconfiguringRefillsEveryBucket() {
        RateLimiter limiter = new RateLimiter(new RateLimiter.Settings(true, 1, 0), nanos::get);
        limiter.take("c");
        assertThat(limiter.take("c")).isPositive();

        limiter.configure(new RateLimiter.Settings(true, 5, 0));

        assertThat(limiter.settings().perSecond()).isEqualTo(5);
        assertThat(limiter.take("c")).isZero();
    }

    @Test
    void refusesNonsenseSettings() {
        assertThatThrownBy(() -> new RateLimiter.Settings(true, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter.Settings(true, 30, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
