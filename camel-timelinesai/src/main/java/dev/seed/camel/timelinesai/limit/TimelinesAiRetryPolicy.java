package dev.seed.camel.timelinesai.limit;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How calls are retried after 429 (and, opt-in, 403 under load), 5xx and lost connections: at most
 * {@code maxRetries} retries within {@code maxElapsed}; each wait is the server's {@code Retry-After} or an
 * exponential backoff with full jitter from {@code initialDelay}, never longer than {@code maxDelay}.
 */
public record TimelinesAiRetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Duration maxElapsed,
        boolean retryOn403) {

    /** 3 retries, 500 ms first backoff, 30 s longest wait, 60 s in all, no 403 retries. */
    public static final TimelinesAiRetryPolicy DEFAULT = new TimelinesAiRetryPolicy(3, Duration.ofMillis(500),
            Duration.ofSeconds(30), Duration.ofSeconds(60), false);

    /** No retries at all. */
    public static final TimelinesAiRetryPolicy NONE = new TimelinesAiRetryPolicy(0, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, false);

    public TimelinesAiRetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
        }
        if (initialDelay.isNegative() || maxDelay.isNegative() || maxElapsed.isNegative()) {
            throw new IllegalArgumentException("retry delays must not be negative");
        }
    }

    /** The backoff before retry number {@code retry} (1 for the first): between half and all of {@code initialDelay * 2^(retry-1)}, capped at {@code maxDelay}. */
    public Duration backoff(int retry) {
        long base = initialDelay.toMillis();
        long ceiling = Math.min(maxDelay.toMillis(), base << Math.min(20, Math.max(0, retry - 1)));
        return Duration.ofMillis(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }
}
