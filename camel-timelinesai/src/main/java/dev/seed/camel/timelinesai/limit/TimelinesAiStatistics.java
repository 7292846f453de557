package dev.seed.camel.timelinesai.limit;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import dev.seed.camel.timelinesai.metrics.OperationStatistics;

/**
 * Counters of what the component's request policy did: requests sent, waits for the shared limiter, answers
 * that were retried and why, retries given up and sends that ended ambiguously. Plain getters, so the object
 * can be read from routes, tests and JMX.
 */
public final class TimelinesAiStatistics {
    /** Counted on every attempt by every caller: an adder, so concurrent senders do not contend on one word. */
    private final LongAdder requests = new LongAdder();
    private final AtomicLong limiterWaits = new AtomicLong();
    private final AtomicLong limiterWaitNanos = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong forbiddenRetried = new AtomicLong();
    private final AtomicLong serverErrorsRetried = new AtomicLong();
    private final AtomicLong connectionErrorsRetried = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong retryAfterWaits = new AtomicLong();
    private final AtomicLong backoffWaits = new AtomicLong();
    private final AtomicLong retryWaitMillis = new AtomicLong();
    private final AtomicLong retriesExhausted = new AtomicLong();
    private final AtomicLong ambiguousSends = new AtomicLong();
    private final AtomicLong creditRefusals = new AtomicLong();
    private final OperationStatistics operations = new OperationStatistics();

    void request() {
        requests.increment();
    }

    void limiterWait(long nanos) {
        if (nanos > 0) {
            limiterWaits.incrementAndGet();
            limiterWaitNanos.addAndGet(nanos);
        }
    }

    void rateLimited() {
        rateLimited.incrementAndGet();
    }

    void retry(RetryReason reason, boolean retryAfter, long waitMillis) {
        retries.incrementAndGet();
        retryWaitMillis.addAndGet(waitMillis);
        (retryAfter ? retryAfterWaits : backoffWaits).incrementAndGet();
        switch (reason) {
            case FORBIDDEN -> forbiddenRetried.incrementAndGet();
            case SERVER_ERROR -> serverErrorsRetried.incrementAndGet();
            case CONNECTION -> connectionErrorsRetried.incrementAndGet();
            default -> {
            }
        }
    }

    void retriesExhausted() {
        retriesExhausted.incrementAndGet();
    }

    void ambiguousSend() {
        ambiguousSends.incrementAndGet();
    }

    /** Counts a send refused locally because the messaging credits could not cover it. */
    public void creditRefusal() {
        creditRefusals.incrementAndGet();
    }

    /** Why a call is retried. */
    enum RetryReason { RATE_LIMITED, FORBIDDEN, SERVER_ERROR, CONNECTION }

    /** HTTP attempts made (first tries and retries). */
    public long getRequestCount() {
        return requests.sum();
    }

    /** Attempts that waited for the shared request limiter. */
    public long getLimiterWaitCount() {
        return limiterWaits.get();
    }

    public long getLimiterWaitMillis() {
        return limiterWaitNanos.get() / 1_000_000;
    }

    /** 429 answers received (retried or not). */
    public long getRateLimitedCount() {
        return rateLimited.get();
    }

    /** Retries of any cause. */
    public long getRetryCount() {
        return retries.get();
    }

    public long getForbiddenRetryCount() {
        return forbiddenRetried.get();
    }

    public long getServerErrorRetryCount() {
        return serverErrorsRetried.get();
    }

    public long getConnectionErrorRetryCount() {
        return connectionErrorsRetried.get();
    }

    /** Retries that waited as the server's {@code Retry-After} said. */
    public long getRetryAfterWaitCount() {
        return retryAfterWaits.get();
    }

    /** Retries that waited an exponential backoff. */
    public long getBackoffWaitCount() {
        return backoffWaits.get();
    }

    public long getRetryWaitMillis() {
        return retryWaitMillis.get();
    }

    /** Calls that still failed when the retry budget (attempts or time) was used up. */
    public long getRetriesExhaustedCount() {
        return retriesExhausted.get();
    }

    /** Sends (and other non-idempotent writes) that ended without knowing whether the server accepted them. */
    public long getAmbiguousSendCount() {
        return ambiguousSends.get();
    }

    public long getCreditRefusalCount() {
        return creditRefusals.get();
    }

    /** Calls of the producer endpoints by operation and outcome, and credits the credit check took. */
    public OperationStatistics getOperations() {
        return operations;
    }

    @Override
    public String toString() {
        return "TimelinesAiStatistics[requests=" + getRequestCount() + ", limiterWaits=" + getLimiterWaitCount()
                + ", rateLimited=" + getRateLimitedCount() + ", retries=" + getRetryCount() + ", retriesExhausted="
                + getRetriesExhaustedCount() + ", ambiguousSends=" + getAmbiguousSendCount() + ", creditRefusals="
                + getCreditRefusalCount() + "]";
    }
}
