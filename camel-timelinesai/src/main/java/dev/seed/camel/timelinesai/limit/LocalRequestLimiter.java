package dev.seed.camel.timelinesai.limit;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The in-JVM request limiter, shared by every TimelinesAI endpoint that calls one host: at most {@code permitsPerSecond}
 * requests a second on average, with up to {@code burst} more at once after an idle period (the documented
 * limit is 30 a second plus a burst of 10 per client IP). Callers reserve the next free slot under a short
 * lock and then sleep until it (no spinning), so they are served in the order they asked.
 */
public final class LocalRequestLimiter implements TimelinesAiRequestLimiter {
    private final int permitsPerSecond;
    private final int burst;
    private final long intervalNanos;
    private final long toleranceNanos;
    private final LongSupplier nanoClock;
    private final AtomicLong acquired = new AtomicLong();
    private final AtomicLong delayed = new AtomicLong();
    private final AtomicLong waitedNanos = new AtomicLong();
    private long nextSlot = Long.MIN_VALUE;

    public LocalRequestLimiter(int permitsPerSecond, int burst) {
        this(permitsPerSecond, burst, System::nanoTime);
    }

    LocalRequestLimiter(int permitsPerSecond, int burst, LongSupplier nanoClock) {
        if (permitsPerSecond < 1) {
            throw new IllegalArgumentException("permitsPerSecond must be at least 1, was " + permitsPerSecond);
        }
        if (burst < 0) {
            throw new IllegalArgumentException("burst must not be negative, was " + burst);
        }
        this.permitsPerSecond = permitsPerSecond;
        this.burst = burst;
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / permitsPerSecond;
        this.toleranceNanos = intervalNanos * burst;
        this.nanoClock = nanoClock;
    }

    @Override
    public long acquire() throws InterruptedException {
        long wait = reserve();
        acquired.incrementAndGet();
        if (wait > 0) {
            delayed.incrementAndGet();
            waitedNanos.addAndGet(wait);
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        return wait;
    }

    @Override
    public synchronized boolean tryAcquire() {
        long now = nanoClock.getAsLong();
        long slot = nextSlot == Long.MIN_VALUE || nextSlot - now < 0 ? now : nextSlot;
        if (slot - toleranceNanos - now > 0) {
            return false;
        }
        nextSlot = slot + intervalNanos;
        acquired.incrementAndGet();
        return true;
    }

    /** Takes the next slot and returns the nanoseconds until it (0: now). */
    synchronized long reserve() {
        long now = nanoClock.getAsLong();
        long slot = nextSlot == Long.MIN_VALUE || nextSlot - now < 0 ? now : nextSlot;
        nextSlot = slot + intervalNanos;
        return Math.max(0, slot - toleranceNanos - now);
    }

    public int getPermitsPerSecond() {
        return permitsPerSecond;
    }

    public int getBurst() {
        return burst;
    }

    /** Permits handed out since creation. */
    public long getAcquiredCount() {
        return acquired.get();
    }

    /** Permits a caller had to wait for. */
    public long getDelayedCount() {
        return delayed.get();
    }

    /** Total time callers waited for permits, in milliseconds. */
    public long getWaitedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(waitedNanos.get());
    }

    @Override
    public String toString() {
        return "LocalRequestLimiter[" + permitsPerSecond + "/s, burst " + burst + "]";
    }
}
