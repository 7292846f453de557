package dev.seed.camel.timelinesai.simulator.state;

import java.util.concurrent.atomic.AtomicLong;

/** A quota of the current period: a total and what is used of it. */
public final class Quota {
    private volatile long total;
    private final AtomicLong used = new AtomicLong();

    public Quota(long total) {
        this.total = total;
    }

    public long total() { return total; }
    public void setTotal(long total) { this.total = total; }
    public long used() { return used.get(); }
    public void setUsed(long value) { used.set(value); }
    public long remaining() { return Math.max(0, total - used.get()); }

    /** Takes {@code amount} if it is available; false (nothing taken) otherwise. */
    public boolean tryConsume(long amount) {
        while (true) {
            long current = used.get();
            if (current + amount > total) {
                return false;
            }
            if (used.compareAndSet(current, current + amount)) {
                return true;
            }
        }
    }

    public void refund(long amount) {
        used.updateAndGet(v -> Math.max(0, v - amount));
    }

    public void consume(long amount) {
        used.addAndGet(amount);
    }
}
