package dev.seed.camel.timelinesai.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Bucket4jRequestLimiterTest {
    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();
    private static final int RATE = 20;
    private static final int BURST = 5;
    /** How late a thread may record the moment it got its permit (scheduling on a busy machine). */
    private static final long RECORDING_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    @Test
    void threadsOnThreeReplicasNeverExceedRatePlusBurstInAnyWindow() throws Exception {
        String key = "host-" + UUID.randomUUID();
        int replicas = 3;
        int threadsPerReplica = 3;
        int permitsPerThread = 10;
        List<Bucket4jRequestLimiter> limiters = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            limiters.add(new Bucket4jRequestLimiter(PG.dataSource(), ClusterSchema.BUCKET_TABLE, key, RATE, BURST));
        }
        List<Long> granted = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(replicas * threadsPerReplica);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        try {
            for (Bucket4jRequestLimiter limiter : limiters) {
                for (int t = 0; t < threadsPerReplica; t++) {
                    runs.add(pool.submit(() -> {
                        go.await();
                        for (int p = 0; p < permitsPerThread; p++) {
                            limiter.acquire();
                            granted.add(System.nanoTime());
                        }
                        return null;
                    }));
                }
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> times = new ArrayList<>(granted);
        Collections.sort(times);
        assertThat(times).hasSize(replicas * threadsPerReplica * permitsPerThread);
        // a permit recorded up to RECORDING_SLACK late: any window of (1 s - slack) of recorded times holds only
        // permits granted within 1 s, which the budget bounds by rate + burst
        long window = TimeUnit.SECONDS.toNanos(1) - RECORDING_SLACK_NANOS;
        int busiest = 0;
        for (int i = 0; i < times.size(); i++) {
            int inWindow = 0;
            for (int j = i; j < times.size() && times.get(j) - times.get(i) < window; j++) {
                inWindow++;
            }
            busiest = Math.max(busiest, inWindow);
        }
        assertThat(busiest).as("permits in the busiest window").isLessThanOrEqualTo(RATE + BURST);
        assertThat(limiters.stream().mapToLong(Bucket4jRequestLimiter::getDelayedCount).sum())
                .as("callers waited for permits").isPositive();
        assertThat(limiters.stream().mapToLong(Bucket4jRequestLimiter::getAcquiredCount).sum())
                .isEqualTo(times.size());
    }

    @Test
    void tryAcquireAcrossReplicasHandsOutExactlyTheBurstAndNeverWaits() throws Exception {
        String key = "host-" + UUID.randomUUID();
        FrozenClock clock = new FrozenClock();
        Bucket4jRequestLimiter a = new Bucket4jRequestLimiter(PG.dataSource(), ClusterSchema.BUCKET_TABLE, key, RATE,
                BURST, clock);
        Bucket4jRequestLimiter b = new Bucket4jRequestLimiter(PG.dataSource(), ClusterSchema.BUCKET_TABLE, key, RATE,
                BURST, clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Bucket4jRequestLimiter limiter = i % 2 == 0 ? a : b;
                tries.add(pool.submit(limiter::tryAcquire));
            }
            int taken = 0;
            for (Future<Boolean> t : tries) {
                taken += t.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(taken).isEqualTo(BURST + 1);
        } finally {
            pool.shutdownNow();
        }
        // a refused tryAcquire left the budget as it was: the next acquire is booked one interval ahead, not more
        long waited = b.acquire();
        assertThat(waited).isEqualTo(TimeUnit.SECONDS.toNanos(1) / RATE);
    }

    @Test
    void oneBucketPerHostAndOptionChecks() {
        Bucket4jRequestLimiter limiter = Bucket4jRequestLimiter.forUrl(PG.dataSource(),
                "https://app.timelines.ai/integrations/api");
        assertThat(limiter.getKey()).isEqualTo("https://app.timelines.ai:443");
        assertThat(limiter.getPermitsPerSecond()).isEqualTo(30);
        assertThat(limiter.getBurst()).isEqualTo(10);
        assertThat(limiter.tryAcquire()).isTrue();
        assertThatThrownBy(() -> new Bucket4jRequestLimiter(PG.dataSource(), ClusterSchema.BUCKET_TABLE, "k", 0, 1))
                .hasMessageContaining("permitsPerSecond");
        assertThatThrownBy(() -> new Bucket4jRequestLimiter(PG.dataSource(), "bad name", "k", 1, 1))
                .hasMessageContaining("tableName");
    }
}
