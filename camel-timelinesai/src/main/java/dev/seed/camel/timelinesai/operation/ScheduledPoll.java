package dev.seed.camel.timelinesai.operation;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * The loop of an operation that waits: runs a check on the producer's scheduler, every interval, until the check
 * settles the exchange or the timeout passes. No thread is held between checks; the callback is completed exactly
 * once; a scheduler that is shut down (the producer stopping) ends the loop, and the producer completes the exchange.
 */
final class ScheduledPoll {
    /** One check: {@code true} once it has put the outcome on the exchange; a thrown exception ends the wait. */
    interface Check {
        boolean settled();
    }

    private final ScheduledExecutorService scheduler;
    private final Exchange exchange;
    private final AsyncCallback callback;
    private final AtomicBoolean completed = new AtomicBoolean();

    ScheduledPoll(ScheduledExecutorService scheduler, Exchange exchange, AsyncCallback callback) {
        this.scheduler = scheduler;
        this.exchange = exchange;
        this.callback = callback;
    }

    /**
     * Runs {@code check} now on the calling thread, then every {@code intervalMillis} on the scheduler, until it
     * settles or {@code timeoutMillis} have passed since this call (with none left, the first check is the only
     * one); then fails the exchange with {@code timeout}.
     */
    void run(Check check, long intervalMillis, long timeoutMillis, Supplier<? extends Exception> timeout) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        step(check, intervalMillis, deadline, timeout);
    }

    private void step(Check check, long intervalMillis, long deadline, Supplier<? extends Exception> timeout) {
        try {
            if (check.settled()) {
                complete();
                return;
            }
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            fail(timeout.get());
            return;
        }
        long delay = Math.min(TimeUnit.MILLISECONDS.toNanos(intervalMillis), remaining);
        try {
            scheduler.schedule(() -> step(check, intervalMillis, deadline, timeout), delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            if (!scheduler.isShutdown()) {
                fail(e);
            }
            // else the producer is stopping: it completes the exchange itself
        }
    }

    private void fail(Exception e) {
        exchange.setException(e);
        complete();
    }

    private void complete() {
        if (completed.compareAndSet(false, true)) {
            callback.done(false);
        }
    }
}
