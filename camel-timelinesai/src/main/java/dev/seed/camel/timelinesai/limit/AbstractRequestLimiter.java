package dev.seed.camel.timelinesai.limit;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Base of the request limiters that book a permit and then sleep until it is due: checks the rate and burst, and
 * counts the permits handed out, those a caller had to wait for and the time waited (for health, console and meters).
 */
public abstract class AbstractRequestLimiter implements TimelinesAiRequestLimiter {
    private final int permitsPerSecond;
    private final int burst;
    private final AtomicLong acquired = new AtomicLong();
    private final AtomicLong delayed = new AtomicLong();
    private final AtomicLong waitedNanos = new AtomicLong();

    protected AbstractRequestLimiter(int permitsPerSecond, int burst) {
        if (permitsPerSecond < 1) {
            throw new IllegalArgumentException("permitsPerSecond must be at least 1, was " + permitsPerSecond);
        }
        if (burst < 0) {
            throw new IllegalArgumentException("burst must not be negative, was " + burst);
        }
        this.permitsPerSecond = permitsPerSecond;
        this.burst = burst;
    }

    /** Books the next permit and returns the nanoseconds until it is due (0: now). */
    protected abstract long book();

    /** Takes a permit only if one is free right now. */
    protected abstract boolean takeIfFree();

    @Override
    public final long acquire() throws InterruptedException {
        long wait = book();
        acquired.incrementAndGet();
        if (wait > 0) {
            delayed.incrementAndGet();
            waitedNanos.addAndGet(wait);
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        return wait;
    }

    @Override
    public final boolean tryAcquire() {
        boolean taken = takeIfFree();
        if (taken) {
            acquired.incrementAndGet();
        }
        return taken;
    }

    public int getPermitsPerSecond() {
        return permitsPerSecond;
    }

    public int getBurst() {
        return burst;
    }

    /** Permits handed out by this instance since creation. */
    public long getAcquiredCount() {
        return acquired.get();
    }

    /** Permits this instance's callers had to wait for. */
    public long getDelayedCount() {
        return delayed.get();
    }

    /** Total time this instance's callers waited for permits, in milliseconds. */
    public long getWaitedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(waitedNanos.get());
    }
}
