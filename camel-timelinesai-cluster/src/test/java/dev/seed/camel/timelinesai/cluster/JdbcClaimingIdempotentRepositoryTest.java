package dev.seed.camel.timelinesai.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.seed.camel.timelinesai.consumer.ClaimingIdempotentRepository.Claim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcClaimingIdempotentRepositoryTest {
    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();
    private final String processor = "events-" + UUID.randomUUID();
    private final List<JdbcClaimingIdempotentRepository> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(JdbcClaimingIdempotentRepository::stop);
    }

    /** A repository with its own data source, as on another replica. */
    private JdbcClaimingIdempotentRepository replica(long claimExpiry, long keepAlive) {
        JdbcClaimingIdempotentRepository repository = new JdbcClaimingIdempotentRepository(PG.dataSource(), processor);
        repository.setClaimExpiry(claimExpiry);
        repository.setKeepAliveInterval(keepAlive);
        repository.start();
        started.add(repository);
        return repository;
    }

    @Test
    void concurrentClaimsFromManyConnectionsGiveExactlyOneClaimed() throws Exception {
        int replicas = 8;
        List<JdbcClaimingIdempotentRepository> repositories = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            repositories.add(replica(30_000, 10_000));
        }
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            for (int round = 0; round < 10; round++) {
                String key = "message:received:new|uid-" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Claim>> results = new ArrayList<>();
                for (JdbcClaimingIdempotentRepository repository : repositories) {
                    Callable<Claim> claim = () -> {
                        go.await();
                        return repository.claim(key);
                    };
                    results.add(pool.submit(claim));
                }
                go.countDown();
                List<Claim> claims = new ArrayList<>();
                for (Future<Claim> result : results) {
                    claims.add(result.get());
                }
                assertThat(claims).as("round %d", round).containsOnlyOnce(Claim.CLAIMED)
                        .containsOnly(Claim.CLAIMED, Claim.IN_PROGRESS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void confirmMakesTheKeyDoneForEveryone() {
        JdbcClaimingIdempotentRepository a = replica(30_000, 10_000);
        JdbcClaimingIdempotentRepository b = replica(30_000, 10_000);
        assertThat(a.claim("k1")).isEqualTo(Claim.CLAIMED);
        assertThat(b.claim("k1")).isEqualTo(Claim.IN_PROGRESS);
        assertThat(b.contains("k1")).isTrue();
        a.confirm("k1");
        assertThat(b.claim("k1")).isEqualTo(Claim.DONE);
        assertThat(a.claim("k1")).isEqualTo(Claim.DONE);
        assertThat(b.add("k1")).isFalse();
        assertThat(b.remove("k1")).as("b never held it").isFalse();
        assertThat(a.remove("k1")).as("a done mark is never removed").isFalse();
        assertThat(b.claim("k1")).isEqualTo(Claim.DONE);
        assertThat(a.getHeldCount()).isZero();
    }

    @Test
    void aFailedEventsKeyIsNotKept() {
        JdbcClaimingIdempotentRepository a = replica(30_000, 10_000);
        JdbcClaimingIdempotentRepository b = replica(30_000, 10_000);
        assertThat(a.claim("k2")).isEqualTo(Claim.CLAIMED);
        assertThat(a.remove("k2")).isTrue();
        assertThat(b.contains("k2")).isFalse();
        assertThat(b.claim("k2")).as("the redelivery on another replica is processed").isEqualTo(Claim.CLAIMED);
    }

    @Test
    void anExpiredClaimIsTakenOverAndTheOldHolderCannotRemoveTheTakersMark() throws Exception {
        // the dead holder: stopped, it refreshes nothing, as if its JVM had died with the claim in the table
        JdbcClaimingIdempotentRepository dead = replica(400, 100);
        dead.stop();
        JdbcClaimingIdempotentRepository taker = replica(400, 100);
        assertThat(dead.claim("k3")).isEqualTo(Claim.CLAIMED);
        // wait for the expiry by polling, not by a timed assertion
        Claim claim;
        do {
            Thread.sleep(50);
            claim = taker.claim("k3");
        } while (claim == Claim.IN_PROGRESS);
        assertThat(claim).isEqualTo(Claim.CLAIMED);

        assertThat(dead.remove("k3")).as("the old holder's remove leaves the taker's claim").isFalse();
        assertThat(dead.claim("k3")).isEqualTo(Claim.IN_PROGRESS);
        taker.confirm("k3");
        assertThat(dead.claim("k3")).isEqualTo(Claim.DONE);
    }

    @Test
    void aLiveHolderKeepsItsClaimBeyondTheExpiry() throws Exception {
        JdbcClaimingIdempotentRepository holder = replica(600, 100);
        JdbcClaimingIdempotentRepository other = replica(600, 100);
        assertThat(holder.claim("k4")).isEqualTo(Claim.CLAIMED);
        // several expiry periods: the keep-alive refreshes the claim, so the other replica never takes it
        long until = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < until) {
            assertThat(other.claim("k4")).isEqualTo(Claim.IN_PROGRESS);
            Thread.sleep(100);
        }
        assertThat(holder.remove("k4")).isTrue();
    }

    @Test
    void clearAndOptionChecks() {
        JdbcClaimingIdempotentRepository a = replica(30_000, 10_000);
        a.claim("k5");
        a.confirm("k5");
        a.clear();
        assertThat(a.contains("k5")).isFalse();

        JdbcClaimingIdempotentRepository bad = new JdbcClaimingIdempotentRepository(PG.dataSource(), processor);
        bad.setClaimExpiry(1000);
        bad.setKeepAliveInterval(1000);
        assertThatThrownBy(bad::start).hasMessageContaining("claimExpiry");
        assertThatThrownBy(() -> bad.setTableName("x y")).hasMessageContaining("tableName");
    }

    @Test
    void createsItsTableUnderAnotherName() {
        JdbcClaimingIdempotentRepository own = new JdbcClaimingIdempotentRepository(PG.dataSource(), processor);
        own.setTableName("claims_" + UUID.randomUUID().toString().replace("-", ""));
        own.start();
        started.add(own);
        assertThat(own.claim("k6")).isEqualTo(Claim.CLAIMED);
        own.confirm("k6");
        assertThat(own.claim("k6")).isEqualTo(Claim.DONE);
    }

    @Test
    void configuredAsABeanWithADataSourceProperty() {
        JdbcClaimingIdempotentRepository bean = new JdbcClaimingIdempotentRepository();
        bean.setDataSource(PG.dataSource());
        bean.setProcessorName(processor);
        assertThat(bean.claim("k7")).as("usable before start").isEqualTo(Claim.CLAIMED);
        bean.start();
        started.add(bean);
        bean.confirm("k7");
        assertThat(replica(30_000, 10_000).claim("k7")).isEqualTo(Claim.DONE);
    }
}
