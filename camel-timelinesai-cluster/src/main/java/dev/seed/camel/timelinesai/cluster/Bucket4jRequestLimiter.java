package dev.seed.camel.timelinesai.cluster;

import java.time.Duration;

import javax.sql.DataSource;

import dev.seed.camel.timelinesai.limit.AbstractRequestLimiter;
import dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiters;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;

/**
 * A request budget shared by every replica through a bucket4j bucket in PostgreSQL (one row per {@code key}, e.g.
 * the API host): {@code permitsPerSecond} a second, plus up to {@code burst} more at once after an idle period, as
 * {@link dev.seed.camel.timelinesai.limit.LocalRequestLimiter} does in one JVM. {@link #acquire()} books its permit
 * in one short transaction (taking the bucket into debt when it is empty) and then sleeps until the permit is due,
 * holding no connection while it sleeps; {@link #tryAcquire()} takes a permit only when one is free. Set it as the
 * {@code rateLimiter} of the timelinesai and timelinesai-partner components on every replica.
 */
public class Bucket4jRequestLimiter extends AbstractRequestLimiter {
    private final String key;
    private final Bucket bucket;

    /** The documented TimelinesAI limit (30 a second plus a burst of 10) on the bucket {@code key}. */
    public Bucket4jRequestLimiter(DataSource dataSource, String key) {
        this(dataSource, ClusterSchema.BUCKET_TABLE, key, 30, 10);
    }

    public Bucket4jRequestLimiter(DataSource dataSource, String table, String key, int permitsPerSecond, int burst) {
        this(dataSource, table, key, permitsPerSecond, burst, TimeMeter.SYSTEM_MILLISECONDS);
    }

    Bucket4jRequestLimiter(DataSource dataSource, String table, String key, int permitsPerSecond, int burst,
                           TimeMeter clock) {
        super(permitsPerSecond, burst);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Bucket4jRequestLimiter needs a key (e.g. the API host), was '" + key
                    + "'");
        }
        this.key = key;
        // burst + 1 at once, then one every 1/permitsPerSecond s: the same bound as LocalRequestLimiter
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(burst + 1L).refillGreedy(permitsPerSecond, Duration.ofSeconds(1)))
                .build();
        this.bucket = Bucket4jBuckets.proxyManager(dataSource, table, clock).builder()
                .build("request-limit:" + key, () -> configuration);
    }

    /** The limiter of the host of {@code baseUrl} ({@code scheme://host:port}), at 30 a second plus 10. */
    public static Bucket4jRequestLimiter forUrl(DataSource dataSource, String baseUrl) {
        return new Bucket4jRequestLimiter(dataSource, TimelinesAiRequestLimiters.hostKey(baseUrl));
    }

    @Override
    protected long book() {
        long wait = bucket.consumeIgnoringRateLimits(1);
        if (wait == Long.MAX_VALUE) {
            throw new IllegalStateException("The shared request budget '" + key + "' is booked too far ahead");
        }
        return wait;
    }

    @Override
    protected boolean takeIfFree() {
        return bucket.tryConsume(1);
    }

    public String getKey() {
        return key;
    }

    @Override
    public String toString() {
        return "Bucket4jRequestLimiter[" + key + ", " + getPermitsPerSecond() + "/s, burst " + getBurst() + "]";
    }
}
