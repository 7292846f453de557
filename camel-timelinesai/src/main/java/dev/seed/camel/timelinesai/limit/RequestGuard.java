package dev.seed.camel.timelinesai.limit;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;

import javax.net.ssl.SSLHandshakeException;

import dev.seed.camel.timelinesai.TimelinesAiAmbiguousSendException;
import dev.seed.camel.timelinesai.TimelinesAiCommunicationException;
import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;
import dev.seed.camel.timelinesai.internal.transport.ApiResponse;
import dev.seed.camel.timelinesai.internal.transport.ErrorResponses;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one API call under the shared limiter and the retry policy. Every attempt waits for a limiter permit.
 * 429 (and 403 when enabled) is retried after {@code Retry-After} or a backoff: such a request surely was not
 * accepted. 5xx answers and lost connections are retried only for idempotent requests; for a send they raise
 * {@link TimelinesAiAmbiguousSendException}, as does a failure after the request may have been written. A
 * connection that never opened is retried for every request. Waits and retries are logged at DEBUG and counted.
 */
public final class RequestGuard {
    private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);

    private final TimelinesAiRequestLimiter limiter;
    private final TimelinesAiRetryPolicy policy;
    private final TimelinesAiStatistics statistics;

    /** {@code limiter} may be null (no limiting). */
    public RequestGuard(TimelinesAiRequestLimiter limiter, TimelinesAiRetryPolicy policy, TimelinesAiStatistics statistics) {
        this.limiter = limiter;
        this.policy = policy;
        this.statistics = statistics;
    }

    /** A guard that neither limits nor retries, but still reports ambiguous sends. */
    public static RequestGuard unguarded() {
        return new RequestGuard(null, TimelinesAiRetryPolicy.NONE, new TimelinesAiStatistics());
    }

    public TimelinesAiStatistics statistics() {
        return statistics;
    }

    public TimelinesAiRequestLimiter limiter() {
        return limiter;
    }

    /** One try of a request: sends it and returns the answer, whatever its status. */
    @FunctionalInterface
    public interface Attempt {
        ApiResponse send();
    }

    /** Makes the call with {@code attempt}; returns the final response (successful or not) or throws. */
    public ApiResponse call(ApiRequest request, Attempt attempt) {
        InlineRun run = InlineRun.current();
        int retries = run == null ? 0 : run.takeRetries();
        long carried = run == null ? 0 : run.takeStart();
        long start = carried != 0 ? carried : System.nanoTime();
        while (true) {
            awaitPermit(request, run, retries, start);
            statistics.request();
            Instant attemptedAt = Instant.now();
            ApiResponse response;
            try {
                response = attempt.send();
            } catch (TimelinesAiCommunicationException e) {
                boolean neverSent = neverSent(e.getCause());
                if (!neverSent && !request.idempotent()) {
                    throw ambiguous(request, attemptedAt, e);
                }
                Duration wait = retryWait(request, ++retries, start, null);
                if (wait == null) {
                    throw e;
                }
                pause(request, run, wait, retries, start, false, TimelinesAiStatistics.RetryReason.CONNECTION,
                        e.getMessage());
                continue;
            }
            int status = response.status();
            if (status == 429) {
                statistics.rateLimited();
            }
            if (status == 429 && !quotaExceeded(response) || status == 403 && policy.retryOn403()
                    && !quotaExceeded(response)) {
                Duration retryAfter = ErrorResponses.retryAfter(response);
                Duration wait = retryWait(request, ++retries, start, retryAfter);
                if (wait == null) {
                    return response;
                }
                pause(request, run, wait, retries, start, retryAfter != null, status == 429
                        ? TimelinesAiStatistics.RetryReason.RATE_LIMITED : TimelinesAiStatistics.RetryReason.FORBIDDEN,
                        "HTTP " + status);
                continue;
            }
            if (run != null && !request.idempotent()) {
                run.touched();
            }
            if (status >= 500) {
                if (!request.idempotent()) {
                    throw ambiguous(request, attemptedAt, ErrorResponses.toException(request.toString(), response));
                }
                Duration wait = retryWait(request, ++retries, start, null);
                if (wait == null) {
                    return response;
                }
                pause(request, run, wait, retries, start, false, TimelinesAiStatistics.RetryReason.SERVER_ERROR,
                        "HTTP " + status);
                continue;
            }
            return response;
        }
    }

    private void awaitPermit(ApiRequest request, InlineRun run, int retries, long start) {
        if (limiter == null) {
            return;
        }
        if (run != null && run.mustHandOff()) {
            if (!limiter.tryAcquire()) {
                throw new InlineRun.HandOff(Duration.ZERO, retries, start);
            }
            return;
        }
        try {
            long waited = limiter.acquire();
            statistics.limiterWait(waited);
            if (waited > 0 && LOG.isDebugEnabled()) {
                LOG.debug("{} waited {} ms for the request limiter ({})", request, waited / 1_000_000, limiter);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimelinesAiException("Interrupted while " + request + " waited for the request limiter; it was "
                    + "not sent", e);
        }
    }

    /** The wait before the next retry, or null when the attempts or the time budget are used up. */
    private Duration retryWait(ApiRequest request, int retry, long start, Duration retryAfter) {
        HttpEntity entity = request.entity();
        if (retry > policy.maxRetries() || entity != null && !entity.isRepeatable()) {
            return exhausted(request, retry);
        }
        Duration wait = retryAfter != null ? retryAfter : policy.backoff(retry);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (wait.compareTo(policy.maxDelay()) > 0 || elapsed.plus(wait).compareTo(policy.maxElapsed()) > 0) {
            return exhausted(request, retry);
        }
        return wait;
    }

    private Duration exhausted(ApiRequest request, int retry) {
        if (policy.maxRetries() > 0) {
            statistics.retriesExhausted();
            LOG.debug("{} is not retried again after {} attempt(s): retry budget used up", request, retry);
        }
        return null;
    }

    private void pause(ApiRequest request, InlineRun run, Duration wait, int retry, long start, boolean retryAfter,
                       TimelinesAiStatistics.RetryReason reason, String why) {
        statistics.retry(reason, retryAfter, wait.toMillis());
        LOG.debug("{} failed ({}); retry {} of {} in {} ms ({})", request, why, retry, policy.maxRetries(),
                wait.toMillis(), retryAfter ? "Retry-After" : "backoff");
        if (run != null && run.mustHandOff()) {
            throw new InlineRun.HandOff(wait, retry, start);
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimelinesAiException("Interrupted while " + request + " waited to be retried after " + why
                    + (request.idempotent() ? "" : "; TimelinesAI refused every attempt, nothing was sent"), e);
        }
    }

    private TimelinesAiAmbiguousSendException ambiguous(ApiRequest request, Instant attemptedAt, TimelinesAiException cause) {
        statistics.ambiguousSend();
        LOG.debug("{} ended ambiguously: {}", request, cause.getMessage());
        return new TimelinesAiAmbiguousSendException(request.toString(), null, null, attemptedAt, cause);
    }

    private static boolean quotaExceeded(ApiResponse response) {
        return ErrorResponses.quotaExceeded(response);
    }

    /** Whether the failure happened before any byte of the request could reach the server. */
    static boolean neverSent(Throwable cause) {
        return cause instanceof ConnectException || cause instanceof ConnectTimeoutException
                || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
                || cause instanceof SSLHandshakeException || cause instanceof ConnectionRequestTimeoutException
                || cause instanceof IOException && cause.getCause() instanceof ConnectException;
    }
}
