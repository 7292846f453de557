package dev.seed.camel.timelinesai.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@link JdbcAccountPacer} on PostgreSQL, as two replicas (two pacers on one table) use it: one turn per account at
 * a time, the next no sooner than the interval after the previous ended, holds kept alive while a send runs and
 * taken over once their holder stopped refreshing them.
 */
class JdbcAccountPacerTest {
    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();
    /** The interval is counted on the database's clock, the tests' times on this JVM's: 1 ms for the two. */
    private static final long CLOCKS_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private static String account() {
        return "+1555" + UUID.randomUUID();
    }

    @Test
    void theNextTurnComesTheIntervalAfterTheOtherReplicasTurnEnded() {
        Duration interval = Duration.ofMillis(300);
        JdbcAccountPacer a = new JdbcAccountPacer(PG.dataSource(), interval);
        JdbcAccountPacer b = new JdbcAccountPacer(PG.dataSource(), interval);
        String account = account();
        try {
            assertThat(a.tryTakeTurn(account)).as("a fresh account's turn").isZero();
            assertThat(b.tryTakeTurn(account)).as("while replica a's send runs: ask again soon")
                    .isPositive().isLessThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
            assertThat(b.tryTakeTurn(account + "-other")).as("another account").isZero();

            long ending = System.nanoTime();
            a.endTurn(account);
            long wait = b.tryTakeTurn(account);
            assertThat(wait).as("the wait for the next start").isPositive().isLessThanOrEqualTo(interval.toNanos());
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5))
                    .until(() -> b.tryTakeTurn(account) == 0);
            assertThat(System.nanoTime() - ending).as("ns from the end of a's turn to b's")
                    .isGreaterThanOrEqualTo(interval.toNanos() - CLOCKS_NANOS);
            assertThat(a.tryTakeTurn(account)).as("b holds it now").isPositive();
            a.endTurn(account); // a holds nothing: ends nothing
            assertThat(b.getHeldCount()).as("b holds both accounts").isEqualTo(2);
        } finally {
            a.stop();
            b.stop();
        }
    }

    @Test
    void replicasHammeringOneAccountNeverOverlapAndKeepTheInterval() throws Exception {
        Duration interval = Duration.ofMillis(30);
        List<JdbcAccountPacer> pacers = List.of(new JdbcAccountPacer(PG.dataSource(), interval),
                new JdbcAccountPacer(PG.dataSource(), interval));
        String account = account();
        AtomicInteger inTurn = new AtomicInteger();
        AtomicInteger mostInTurn = new AtomicInteger();
        List<long[]> turns = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                JdbcAccountPacer pacer = pacers.get(w % 2);
                workers.add(pool.submit(() -> {
                    int mine = 0;
                    while (mine < 4) {
                        long wait = pacer.tryTakeTurn(account);
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                            continue;
                        }
                        long start = System.nanoTime();
                        mostInTurn.accumulateAndGet(inTurn.incrementAndGet(), Math::max);
                        Thread.sleep(5);
                        inTurn.decrementAndGet();
                        turns.add(new long[] { start, System.nanoTime() });
                        pacer.endTurn(account);
                        mine++;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            pacers.forEach(JdbcAccountPacer::stop);
        }
        assertThat(mostInTurn.get()).as("turns held at once").isEqualTo(1);
        assertThat(turns).hasSize(16);
        turns.sort((x, y) -> Long.compare(x[0], y[0]));
        for (int i = 1; i < turns.size(); i++) {
            assertThat(turns.get(i)[0] - turns.get(i - 1)[1]).as("ns from the end of turn %d to the start of %d", i - 1, i)
                    .isGreaterThanOrEqualTo(interval.toNanos() - CLOCKS_NANOS);
        }
    }

    @Test
    void aLiveHolderKeepsItsTurnAndADeadOnesTurnIsTakenOverWithoutLosingTheNewHold() throws Exception {
        Duration interval = Duration.ofMillis(50);
        JdbcAccountPacer dying = new JdbcAccountPacer(PG.dataSource(), interval);
        dying.setHoldExpiry(400);
        dying.setKeepAliveInterval(100);
        JdbcAccountPacer other = new JdbcAccountPacer(PG.dataSource(), interval);
        JdbcAccountPacer third = new JdbcAccountPacer(PG.dataSource(), interval);
        String account = account();
        try {
            dying.start();
            assertThat(dying.tryTakeTurn(account)).isZero();
            Thread.sleep(1000); // over twice the hold's expiry: kept alive
            assertThat(other.tryTakeTurn(account)).as("a live holder's turn").isPositive();

            dying.stop(); // stops refreshing, as a killed replica does
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> other.tryTakeTurn(account) == 0);
            dying.endTurn(account); // late: the turn is no longer its own
            assertThat(third.tryTakeTurn(account)).as("the new holder keeps the turn").isPositive();
            other.endTurn(account);
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                    .until(() -> third.tryTakeTurn(account) == 0);
        } finally {
            other.stop();
            third.stop();
        }
    }

    @Test
    void badOptionsAreRefusedWithTheirNames() {
        assertThatThrownBy(() -> new JdbcAccountPacer(PG.dataSource(), Duration.ZERO)).hasMessageContaining("interval");
        assertThatThrownBy(() -> new JdbcAccountPacer(PG.dataSource(), "turns; DROP TABLE x", Duration.ofSeconds(1)))
                .hasMessageContaining("Option table");
        assertThatThrownBy(() -> new JdbcAccountPacer(null, Duration.ofSeconds(1))).hasMessageContaining("dataSource");
        JdbcAccountPacer pacer = new JdbcAccountPacer(PG.dataSource());
        pacer.setHoldExpiry(1000);
        pacer.setKeepAliveInterval(1000);
        assertThatThrownBy(pacer::start).hasStackTraceContaining("holdExpiry");
        assertThat(pacer).hasToString("JdbcAccountPacer[timelinesai_account_turn, 2000 ms]");
    }
}
