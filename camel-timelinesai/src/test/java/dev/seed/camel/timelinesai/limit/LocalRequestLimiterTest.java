package dev.seed.camel.timelinesai.limit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limiter's arithmetic on a fake clock, its fairness (slots in request order) and the per-host registry. */
class LocalRequestLimiterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstGoesAtOnceThenOneSlotPerInterval() {
        AtomicLong now = new AtomicLong(5 * SECOND);
        LocalRequestLimiter limiter = new LocalRequestLimiter(30, 10, now::get);
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            waits.add(limiter.book());
        }
        assertThat(waits.subList(0, 11)).containsOnly(0L);
        long interval = SECOND / 30;
        assertThat(waits.subList(11, 14)).containsExactly(interval, 2 * interval, 3 * interval);
    }

    @Test
    void anIdleLimiterRefillsItsBurst() {
        AtomicLong now = new AtomicLong(0);
        LocalRequestLimiter limiter = new LocalRequestLimiter(10, 2, now::get);
        for (int i = 0; i < 20; i++) {
            limiter.book();
        }
        now.addAndGet(10 * SECOND);
        assertThat(limiter.book()).isZero();
        assertThat(limiter.book()).isZero();
        assertThat(limiter.book()).isZero();
        assertThat(limiter.book()).isPositive();
    }

    @Test
    void concurrentCallersAllGetTheirPermitsWithoutLosingAny() throws Exception {
        LocalRequestLimiter limiter = new LocalRequestLimiter(2000, 0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        limiter.acquire();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(limiter.getAcquiredCount()).isEqualTo(400);
        assertThat(limiter.getDelayedCount()).isPositive();
    }

    @Test
    void badNumbersAreRefused() {
        assertThatThrownBy(() -> new LocalRequestLimiter(0, 10)).hasMessageContaining("permitsPerSecond");
        assertThatThrownBy(() -> new LocalRequestLimiter(30, -1)).hasMessageContaining("burst");
    }

    @Test
    void oneLimiterPerHostAndPort() {
        LocalRequestLimiter a = TimelinesAiRequestLimiters.forUrl("https://limits.example/integrations/api", 30, 10);
        LocalRequestLimiter b = TimelinesAiRequestLimiters.forUrl("https://LIMITS.example:443/partner/api/v1", 5, 1);
        LocalRequestLimiter c = TimelinesAiRequestLimiters.forUrl("http://limits.example:8080/integrations/api", 30, 10);
        assertThat(b).isSameAs(a);
        assertThat(b.getPermitsPerSecond()).isEqualTo(30);
        assertThat(c).isNotSameAs(a);
    }
}
