package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.List;

/** A quota of the period is used up ({@code quota_exceeded}, HTTP 403 for messages or 429 for API calls). */
public class TimelinesAiQuotaExceededException extends TimelinesAiException {

    public TimelinesAiQuotaExceededException(String message, int httpStatus, String httpStatusText, String errorCode, String apiMessage,
            List<TimelinesAiFieldError> fieldErrors, Duration retryAfter) {
        super(message, httpStatus, httpStatusText, errorCode, apiMessage, fieldErrors, retryAfter);
    }
}
