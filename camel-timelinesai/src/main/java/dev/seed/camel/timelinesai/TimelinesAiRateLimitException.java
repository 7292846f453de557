package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.List;

/** HTTP 429: the short-term rate limit was hit; {@link #getRetryAfter()} says when to try again. */
public class TimelinesAiRateLimitException extends TimelinesAiException {

    public TimelinesAiRateLimitException(String message, int httpStatus, String httpStatusText, String errorCode, String apiMessage,
            List<TimelinesAiFieldError> fieldErrors, Duration retryAfter) {
        super(message, httpStatus, httpStatusText, errorCode, apiMessage, fieldErrors, retryAfter);
    }
}
