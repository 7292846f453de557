package dev.seed.camel.timelinesai.limit;

import java.time.Duration;

/**
 * The state of one exchange's operation while it runs on the caller's thread, or resumes on a worker after it
 * was handed off. On the caller's thread nothing may wait: as long as no request that TimelinesAI might have
 * acted on went out, a wait for the limiter or a retry backoff ends the run with {@link HandOff}, and the
 * producer runs the operation again on its pool, continuing the retry budget.
 */
public final class InlineRun {
    private static final ThreadLocal<InlineRun> CURRENT = new ThreadLocal<>();

    private final boolean inline;
    private boolean touched;
    private int carriedRetries;
    private long carriedStart;

    private InlineRun(boolean inline, int carriedRetries, long carriedStart) {
        this.inline = inline;
        this.carriedRetries = carriedRetries;
        this.carriedStart = carriedStart;
    }

    /** Marks the current thread as running an operation inline, on the caller's thread. */
    public static InlineRun beginInline() {
        InlineRun run = new InlineRun(true, 0, 0);
        CURRENT.set(run);
        return run;
    }

    /** Marks the current (worker) thread as resuming a handed-off operation with its retry budget. */
    public static void beginResumed(HandOff from) {
        CURRENT.set(new InlineRun(false, from.retries(), from.startNanos()));
    }

    /**
     * Ends the run on this thread. The thread keeps an empty slot rather than removing it: a removal on every call
     * reshuffles the thread's local map (measurably, on the caller's thread), and an empty slot holds nothing.
     */
    public static void end() {
        CURRENT.set(null);
    }

    static InlineRun current() {
        return CURRENT.get();
    }

    /** Whether a wait must be handed off instead of blocking this thread. */
    boolean mustHandOff() {
        return inline && !touched;
    }

    /** A request TimelinesAI may have acted on went out: from now on, waits happen on this thread. */
    void touched() {
        touched = true;
    }

    /** The retries already used by the first request of a resumed run (0 otherwise); taken once. */
    int takeRetries() {
        int r = carriedRetries;
        carriedRetries = 0;
        return r;
    }

    /** When the first request of a resumed run started (0: now); taken once. */
    long takeStart() {
        long s = carriedStart;
        carriedStart = 0;
        return s;
    }

    /** Thrown on the caller's thread when the operation has to wait; nothing TimelinesAI acts on has been sent. */
    public static final class HandOff extends RuntimeException {
        private final transient Duration delay;
        private final int retries;
        private final long startNanos;

        HandOff(Duration delay, int retries, long startNanos) {
            super("wait handed off to the worker pool", null, false, false);
            this.delay = delay;
            this.retries = retries;
            this.startNanos = startNanos;
        }

        /** How long to wait before running again (zero: just the limiter). */
        public Duration delay() {
            return delay;
        }

        int retries() {
            return retries;
        }

        long startNanos() {
            return startNanos;
        }
    }
}
