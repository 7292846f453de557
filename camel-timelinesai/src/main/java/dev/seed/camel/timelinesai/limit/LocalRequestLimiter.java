package dev.seed.camel.timelinesai.limit;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The in-JVM request limiter, shared by every TimelinesAI endpoint that calls one host: at most {@code permitsPerSecond}
 * requests a second on average, with up to {@code burst} more at once after an idle period (the documented
 * limit is 30 a second plus a burst of 10 per client IP). Callers reserve the next free slot under a short
 * lock and then sleep until it (no spinning), so they are served in the order they asked.
 */
public final class LocalRequestLimiter extends AbstractRequestLimiter {
    private final long intervalNanos;
    private final long toleranceNanos;
    private final LongSupplier nanoClock;
    private long nextSlot = Long.MIN_VALUE;

    public LocalRequestLimiter(int permitsPerSecond, int burst) {
        this(permitsPerSecond, burst, System::nanoTime);
    }

    LocalRequestLimiter(int permitsPerSecond, int burst, LongSupplier nanoClock) {
        super(permitsPerSecond, burst);
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / permitsPerSecond;
        this.toleranceNanos = intervalNanos * burst;
        this.nanoClock = nanoClock;
    }

    @Override
    protected synchronized boolean takeIfFree() {
        long now = nanoClock.getAsLong();
        long slot = nextSlot == Long.MIN_VALUE || nextSlot - now < 0 ? now : nextSlot;
        if (slot - toleranceNanos - now > 0) {
            return false;
        }
        nextSlot = slot + intervalNanos;
        return true;
    }

    @Override
    protected synchronized long book() {
        long now = nanoClock.getAsLong();
        long slot = nextSlot == Long.MIN_VALUE || nextSlot - now < 0 ? now : nextSlot;
        nextSlot = slot + intervalNanos;
        return Math.max(0, slot - toleranceNanos - now);
    }

    @Override
    public String toString() {
        return "LocalRequestLimiter[" + getPermitsPerSecond() + "/s, burst " + getBurst() + "]";
    }
}
