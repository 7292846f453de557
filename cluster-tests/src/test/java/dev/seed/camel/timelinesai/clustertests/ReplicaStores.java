package dev.seed.camel.timelinesai.clustertests;

import java.time.Duration;
import java.util.Arrays;

import javax.sql.DataSource;

import dev.seed.camel.timelinesai.cluster.Bucket4jRequestLimiter;
import dev.seed.camel.timelinesai.cluster.ClusterSchema;
import dev.seed.camel.timelinesai.cluster.JdbcAccountPacer;
import dev.seed.camel.timelinesai.cluster.JdbcClaimingIdempotentRepository;
import dev.seed.camel.timelinesai.cluster.JdbcPollStateStore;
import dev.seed.camel.timelinesai.limit.LocalRequestLimiter;
import dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiter;

/**
 * The shared stores of a replica, all on the one PostgreSQL: claiming idempotent repositories, the poll cursor,
 * the request budget and the per-account pacer (module camel-timelinesai-cluster), as a user wires them.
 */
final class ReplicaStores {
    /** How long an unconfirmed claim of a dead replica blocks its event: short, so a kill -9 heals within the run. */
    static final long CLAIM_EXPIRY_MILLIS = 5_000;
    static final long CLAIM_KEEP_ALIVE_MILLIS = 1_000;
    /** The bucket of the request budget every replica shares (one client address). */
    static final String BUDGET_KEY = "cluster-proof-simulator";

    private final DataSource dataSource;

    ReplicaStores(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static void createSchema(DataSource dataSource) {
        ClusterSchema.create(dataSource);
    }

    JdbcClaimingIdempotentRepository claimingRepository(String processorName) {
        JdbcClaimingIdempotentRepository repository = new JdbcClaimingIdempotentRepository(dataSource, processorName);
        repository.setClaimExpiry(CLAIM_EXPIRY_MILLIS);
        repository.setKeepAliveInterval(CLAIM_KEEP_ALIVE_MILLIS);
        return repository;
    }

    JdbcPollStateStore pollStateStore(String name) {
        return new JdbcPollStateStore(dataSource, name);
    }

    TimelinesAiRequestLimiter requestLimiter(int perSecond, int burst) {
        return new Bucket4jRequestLimiter(dataSource, ClusterSchema.BUCKET_TABLE, BUDGET_KEY, perSecond, burst);
    }

    JdbcAccountPacer accountPacer(long paceMillis) {
        JdbcAccountPacer pacer = new JdbcAccountPacer(dataSource, Duration.ofMillis(paceMillis));
        // as short as the claims', so a turn held by a killed replica frees within the run
        pacer.setHoldExpiry(CLAIM_EXPIRY_MILLIS);
        pacer.setKeepAliveInterval(CLAIM_KEEP_ALIVE_MILLIS);
        return pacer;
    }

    /**
     * Median cost of one permit: the in-JVM limiter against the shared one on a connection pool (its own bucket with
     * room to spare, so no waiting: only the round trip to PostgreSQL), after a warm-up.
     */
    record LimiterLatency(long localMicros, long sharedMicros) {
    }

    static LimiterLatency measureLimiterLatency(DataSource dataSource, int calls) {
        TimelinesAiRequestLimiter local = new LocalRequestLimiter(1_000_000, 0);
        TimelinesAiRequestLimiter shared = new Bucket4jRequestLimiter(dataSource, ClusterSchema.BUCKET_TABLE,
                "latency-probe", 1_000_000, 0);
        medianMicros(local, calls / 5);
        medianMicros(shared, calls / 5);
        return new LimiterLatency(medianMicros(local, calls), medianMicros(shared, calls));
    }

    private static long medianMicros(TimelinesAiRequestLimiter limiter, int calls) {
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            limiter.tryAcquire();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return Math.max(1, nanos[calls / 2] / 1000);
    }
}
