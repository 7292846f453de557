package dev.seed.camel.timelinesai.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Bucket4jAccountPacerTest {
    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();
    private static final Duration INTERVAL = Duration.ofMillis(2000);

    @Test
    void twoReplicasBookOneAccountsSlotsAtLeastTheIntervalApart() throws Exception {
        String account = "+1555" + UUID.randomUUID();
        // bucket time stands still, so each booking's wait is exactly its slot's distance from now
        FrozenClock clock = new FrozenClock();
        Bucket4jAccountPacer a = new Bucket4jAccountPacer(PG.dataSource(), ClusterSchema.BUCKET_TABLE, INTERVAL, clock);
        Bucket4jAccountPacer b = new Bucket4jAccountPacer(PG.dataSource(), ClusterSchema.BUCKET_TABLE, INTERVAL, clock);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Long> slots = new ArrayList<>();
        try {
            List<Future<Long>> bookings = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Bucket4jAccountPacer pacer = i % 2 == 0 ? a : b;
                bookings.add(pool.submit(() -> pacer.reserve(account)));
            }
            for (Future<Long> booking : bookings) {
                slots.add(booking.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        slots.sort(Long::compare);
        long interval = INTERVAL.toNanos();
        for (int i = 0; i < slots.size(); i++) {
            assertThat(slots.get(i)).as("slot %d", i).isEqualTo(i * interval);
        }
        // another account has its own slots
        assertThat(b.reserve(account + "-other")).isZero();
        assertThat(a.reserve(account)).isEqualTo(12 * interval);
    }

    @Test
    void messagesWithoutAccountShareOneSlotLineAndOptionChecks() {
        FrozenClock clock = new FrozenClock();
        Bucket4jAccountPacer pacer = new Bucket4jAccountPacer(PG.dataSource(), ClusterSchema.BUCKET_TABLE,
                Duration.ofMillis(500), clock);
        String none = null;
        long first = pacer.reserve(none);
        assertThat(pacer.reserve(none) - first).isEqualTo(Duration.ofMillis(500).toNanos());
        assertThatThrownBy(() -> new Bucket4jAccountPacer(PG.dataSource(), Duration.ZERO))
                .hasMessageContaining("interval");
    }
}
