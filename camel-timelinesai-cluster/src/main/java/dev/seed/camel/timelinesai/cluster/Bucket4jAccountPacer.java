package dev.seed.camel.timelinesai.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import dev.seed.camel.timelinesai.TimelinesAiAccountPacer;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * Spaces each WhatsApp account's sends by {@code interval} across replicas: every account has a bucket4j bucket
 * in PostgreSQL holding one token that refills once per interval, and {@link #reserve(String)} takes a token even
 * when there is none (bucket4j's consume-ignoring-rate-limits, under the row's lock), which books the account's
 * next free slot and answers how long to wait for it. Slots are computed from each replica's clock: keep them in
 * sync (NTP); a skew of d shortens a spacing by at most d.
 */
public class Bucket4jAccountPacer implements TimelinesAiAccountPacer {
    private final ProxyManager<String> buckets;
    private final Duration interval;
    private final BucketConfiguration configuration;
    private final Map<String, Bucket> byAccount = new ConcurrentHashMap<>();

    /** A pacer with TimelinesAI's own spacing of 2 seconds. */
    public Bucket4jAccountPacer(DataSource dataSource) {
        this(dataSource, Duration.ofSeconds(2));
    }

    public Bucket4jAccountPacer(DataSource dataSource, Duration interval) {
        this(dataSource, ClusterSchema.BUCKET_TABLE, interval);
    }

    public Bucket4jAccountPacer(DataSource dataSource, String table, Duration interval) {
        this(dataSource, table, interval, TimeMeter.SYSTEM_MILLISECONDS);
    }

    Bucket4jAccountPacer(DataSource dataSource, String table, Duration interval, TimeMeter clock) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Bucket4jAccountPacer needs a positive interval, was " + interval);
        }
        this.interval = interval;
        this.buckets = Bucket4jBuckets.proxyManager(dataSource, table, clock);
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, interval))
                .build();
    }

    @Override
    public long reserve(String account) {
        String key = account == null ? "" : account;
        Bucket bucket = byAccount.computeIfAbsent(key,
                k -> buckets.builder().build("account-pace:" + k, () -> configuration));
        long wait = bucket.consumeIgnoringRateLimits(1);
        if (wait == Long.MAX_VALUE) {
            throw new IllegalStateException("The send slots of account " + key + " are booked too far ahead");
        }
        return wait;
    }

    public Duration getInterval() {
        return interval;
    }

    @Override
    public String toString() {
        return "Bucket4jAccountPacer[" + interval.toMillis() + " ms]";
    }
}
