package dev.seed.camel.timelinesai.simulator.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The Public API's short-term limit: a token bucket per client IP that refills {@code perSecond} tokens a
 * second and holds {@code perSecond + burst}. An empty bucket answers 429 {@code rate_limit_exceeded} with
 * {@code Retry-After} (whole seconds until a token is back). Switchable at runtime.
 */
public final class RateLimiter implements Handler<RoutingContext> {

    /** The limit in force. */
    public record Settings(boolean enabled, int perSecond, int burst) {
        public Settings {
            if (perSecond < 1) {
                throw new IllegalArgumentException("per_second must be at least 1");
            }
            if (burst < 0) {
                throw new IllegalArgumentException("burst must not be negative");
            }
        }

        int capacity() {
            return perSecond + burst;
        }
    }

    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong rejected = new AtomicLong();
    private volatile Settings settings;

    public RateLimiter(Settings settings) {
        this(settings, System::nanoTime);
    }

    RateLimiter(Settings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Settings current = settings;
        if (!current.enabled()) {
            ctx.next();
            return;
        }
        String client = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
        long waitNanos = take(client);
        if (waitNanos == 0) {
            ctx.next();
            return;
        }
        rejected.incrementAndGet();
        long seconds = Math.max(1, (waitNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
        ctx.response().putHeader("Retry-After", Long.toString(seconds));
        ApiResponses.error(ctx, new ApiException(429, "rate_limit_exceeded",
                "Rate limit exceeded. Please retry after a short delay."));
    }

    /** Takes the token from {@code client}'s bucket; 0 if granted, else nanoseconds until one is back. */
    long take(String client) {
        Settings current = settings;
        return buckets.computeIfAbsent(client, k -> new Bucket(current.capacity(), nanoTime.getAsLong()))
                .take(current, nanoTime.getAsLong());
    }

    public Settings settings() { return settings; }

    /** Applies new settings; every client starts again with a full bucket. */
    public void configure(Settings settings) {
        this.settings = settings;
        buckets.clear();
    }

    /** How many requests were refused with 429 by this limiter. */
    public long rejected() { return rejected.get(); }

    /** Full buckets for everyone and a zero refusal count. */
    public void clear() {
        buckets.clear();
        rejected.set(0);
    }

    /** One client's tokens. */
    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updatedAt = now;
        }

        synchronized long take(Settings settings, long now) {
            double perNano = settings.perSecond() / (double) TimeUnit.SECONDS.toNanos(1);
            tokens = Math.min(settings.capacity(), tokens + (now - updatedAt) * perNano);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }
    }
}
