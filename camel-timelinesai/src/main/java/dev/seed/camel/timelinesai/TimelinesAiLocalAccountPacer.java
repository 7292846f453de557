package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The in-JVM {@link TimelinesAiAccountPacer}: per account, whether a send holds the turn and when the next turn may
 * start (the monotonic clock); the default pacer of the paced-send template and Kamelet.
 */
public class TimelinesAiLocalAccountPacer implements TimelinesAiAccountPacer {
    private final long intervalNanos;
    private final long busyRetryNanos;
    /** Accounts kept before idle ones are forgotten. */
    private static final int KEPT_ACCOUNTS = 1024;
    private final Map<String, Turn> turns = new HashMap<>();

    public TimelinesAiLocalAccountPacer(Duration interval) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("TimelinesAiLocalAccountPacer needs a positive interval, was " + interval);
        }
        this.intervalNanos = interval.toNanos();
        this.busyRetryNanos = Math.min(intervalNanos, Duration.ofMillis(10).toNanos());
    }

    @Override
    public synchronized long tryTakeTurn(String account) {
        long now = System.nanoTime();
        if (turns.size() >= KEPT_ACCOUNTS) {
            turns.values().removeIf(t -> !t.held && t.nextStart <= now);
        }
        Turn turn = turns.computeIfAbsent(key(account), k -> new Turn(now));
        if (turn.held) {
            return busyRetryNanos;
        }
        long wait = turn.nextStart - now;
        if (wait > 0) {
            return wait;
        }
        turn.held = true;
        return 0;
    }

    @Override
    public synchronized void endTurn(String account) {
        Turn turn = turns.get(key(account));
        if (turn != null && turn.held) {
            turn.held = false;
            turn.nextStart = System.nanoTime() + intervalNanos;
        }
    }

    public Duration getInterval() {
        return Duration.ofNanos(intervalNanos);
    }

    private static String key(String account) {
        return account == null ? "" : account;
    }

    @Override
    public String toString() {
        return "TimelinesAiLocalAccountPacer[" + getInterval().toMillis() + " ms]";
    }

    /** One account's state. */
    private static final class Turn {
        private boolean held;
        private long nextStart;

        private Turn(long nextStart) {
            this.nextStart = nextStart;
        }
    }
}
