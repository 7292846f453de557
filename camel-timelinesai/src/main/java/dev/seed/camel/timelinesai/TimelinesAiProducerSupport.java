package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.seed.camel.timelinesai.limit.InlineRun;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.concurrent.SizedScheduledExecutorService;

/**
 * Base of the TimelinesAI producers. An operation runs on the caller's thread and completes the callback
 * synchronously as long as nothing has to wait; a wait (no limiter permit free, a retry backoff, the polls of
 * {@code awaitStatus}) hands the exchange to a Camel-managed pool, where backoffs are scheduled rather than slept
 * through. Stopping cancels scheduled waits, gives running calls a grace period, interrupts them, and then
 * completes every exchange still open, each exactly once: as not sent when no request went out for it, else as
 * ambiguous.
 */
public abstract class TimelinesAiProducerSupport extends DefaultAsyncProducer {
    /** How long stopping waits for calls already queued or running before interrupting them. */
    static final long STOP_GRACE_MILLIS = 5_000;
    /** How long interrupted calls get to complete by themselves before they are completed for them. */
    private static final long INTERRUPT_GRACE_MILLIS = 1_000;

    private final Set<Call> open = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService pool;
    private volatile boolean stopping;

    protected TimelinesAiProducerSupport(Endpoint endpoint) {
        super(endpoint);
    }

    /** The operation, as named in messages and thread names (e.g. {@code messages/send}). */
    protected abstract String operationName();

    protected abstract int workerPoolSize();

    /** Runs the operation to its end on the current thread, setting the result on the exchange; failures are thrown. */
    protected abstract void invoke(Exchange exchange) throws Exception;

    /** Whether the operation waits between its calls by design ({@code awaitStatus}): it always starts on the pool. */
    protected boolean waitsByDesign() {
        return false;
    }

    /** Starts an operation that {@link #waitsByDesign() waits by design}; {@code done} completes it, once. */
    protected void startWaiting(Exchange exchange, AsyncCallback done, ScheduledExecutorService scheduler) {
        throw new UnsupportedOperationException(operationName() + " does not wait by design");
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        stopping = false;
        ScheduledExecutorService created = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newScheduledThreadPool(this, getClass().getSimpleName() + "[" + operationName() + "]",
                        workerPoolSize());
        ScheduledThreadPoolExecutor executor = created instanceof SizedScheduledExecutorService sized
                ? sized.getScheduledThreadPoolExecutor()
                : created instanceof ScheduledThreadPoolExecutor plain ? plain : null;
        if (executor != null) {
            // a stop cancels scheduled retries and polls: their exchanges are completed in doStop, not run later
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            executor.setRemoveOnCancelPolicy(true);
        }
        pool = created;
    }

    @Override
    protected void doStop() throws Exception {
        ScheduledExecutorService executor = pool;
        pool = null;
        // a graceful stop has already let the exchanges in flight finish; what is left was not done in time
        stopping = true;
        if (executor != null) {
            executor.shutdown();
            if (!executor.awaitTermination(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(INTERRUPT_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
            for (Call call : open) {
                call.stopped();
            }
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(executor);
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        if (pool == null || stopping) {
            fail(exchange, new TimelinesAiException("The TimelinesAI producer of " + operationName()
                    + " is not running; nothing was sent", null));
            callback.done(true);
            return true;
        }
        if (waitsByDesign()) {
            return new Call(exchange, callback).submit(Duration.ZERO);
        }
        InlineRun.beginInline();
        try {
            invoke(exchange);
        } catch (InlineRun.HandOff wait) {
            // only a call that has to wait becomes a Call: the inline path allocates nothing for it
            Call call = new Call(exchange, callback);
            call.resumeFrom(wait);
            return call.submit(wait.delay());
        } catch (Throwable e) {
            fail(exchange, e);
        } finally {
            InlineRun.end();
        }
        callback.done(true);
        return true;
    }

    private static void fail(Exchange exchange, Throwable e) {
        exchange.setException(e);
        exchange.setProperty(TimelinesAiConstants.FAILURE_PROPERTY, e);
    }

    /** One exchange handed to the pool: queued, running, done; completed exactly once, whoever gets there first. */
    private final class Call implements Runnable {
        private static final int QUEUED = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;

        private final Exchange exchange;
        private final AsyncCallback callback;
        private final AtomicInteger state = new AtomicInteger(QUEUED);
        private InlineRun.HandOff resume;
        private volatile Instant startedAt;

        Call(Exchange exchange, AsyncCallback callback) {
            this.exchange = exchange;
            this.callback = callback;
        }

        void resumeFrom(InlineRun.HandOff wait) {
            this.resume = wait;
        }

        /** Queues the call (after {@code delay}); returns {@code false}, the callback being completed later. */
        boolean submit(Duration delay) {
            open.add(this);
            ScheduledExecutorService executor = pool;
            try {
                if (executor == null) {
                    throw new RejectedExecutionException("stopped");
                }
                if (delay.isZero() || delay.isNegative()) {
                    executor.execute(this);
                } else {
                    executor.schedule(this, delay.toNanos(), TimeUnit.NANOSECONDS);
                }
            } catch (RejectedExecutionException e) {
                stopped();
            }
            return false;
        }

        @Override
        public void run() {
            ScheduledExecutorService executor = pool;
            if (stopping || executor == null || !state.compareAndSet(QUEUED, RUNNING)) {
                stopped();
                return;
            }
            startedAt = Instant.now();
            if (resume != null) {
                InlineRun.beginResumed(resume);
            }
            try {
                if (waitsByDesign()) {
                    startWaiting(exchange, doneSync -> complete(), executor);
                    return;
                }
                invoke(exchange);
            } catch (Throwable e) {
                fail(exchange, e);
            } finally {
                InlineRun.end();
            }
            complete();
        }

        private void complete() {
            if (state.getAndSet(DONE) != DONE) {
                open.remove(this);
                callback.done(false);
            }
        }

        /** Completes the call for a stop: as not sent when it never ran, as given up when it waited, else as ambiguous. */
        void stopped() {
            int was = state.getAndSet(DONE);
            if (was == DONE) {
                return;
            }
            open.remove(this);
            TimelinesAiException failure;
            if (was == QUEUED) {
                failure = new TimelinesAiException("The TimelinesAI producer of " + operationName() + " stopped before "
                        + "this call " + (resume == null ? "started" : "was retried (TimelinesAI had refused it)")
                        + "; nothing was sent", null);
            } else if (waitsByDesign()) {
                failure = new TimelinesAiException("The TimelinesAI producer of " + operationName() + " stopped while "
                        + "this call waited; the wait was given up (the operation sends no message)", null);
            } else {
                failure = new TimelinesAiAmbiguousSendException(operationName(), null, null, startedAt,
                        new TimelinesAiException("the producer stopped while the call was running", null));
            }
            fail(exchange, failure);
            callback.done(false);
        }
    }
}
