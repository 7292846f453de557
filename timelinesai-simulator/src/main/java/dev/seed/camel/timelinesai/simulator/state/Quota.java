package dev.seed.camel.timelinesai.simulator.state;

import java.util.concurrent.atomic.AtomicLong;

/** A quota of the current period: a total and what is used of it. */
public final class Quota {
    private volatile long total;
    private final AtomicLong used = new AtomicLong();
    private volatile Runnable onChange = () -> { };

    public Quota(long total) {
        this.total = total;
    }

    public long total() { return total; }
    public void setTotal(long total) { this.total = total; onChange.run(); }
    public long used() { return used.get(); }
    public void setUsed(long value) { used.set(value); onChange.run(); }

    /** Runs {@code listener} after every change of the total or the use (the partner side watches thresholds). */
    public void onChange(Runnable listener) { this.onChange = listener == null ? () -> { } : listener; }
    public long remaining() { return Math.max(0, total - used.get()); }

    /** Takes {@code amount} if it is available; false (nothing taken) otherwise. */
    public boolean tryConsume(long amount) {
        while (true) {
            long current = used.get();
            if (current + amount > total) {
                return false;
            }
            if (used.compareAndSet(current, current + amount)) {
                onChange.run();
                return true;
            }
        }
    }

    public void refund(long amount) {
        used.updateAndGet(v -> Math.max(0, v - amount));
        onChange.run();
    }

    public void consume(long amount) {
        used.addAndGet(amount);
        onChange.run();
    }
}
