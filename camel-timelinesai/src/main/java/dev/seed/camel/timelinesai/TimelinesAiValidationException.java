package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.List;

/** HTTP 400, 413 or 422: the request was refused as invalid; see {@link #getFieldErrors()}. */
public class TimelinesAiValidationException extends TimelinesAiException {

    public TimelinesAiValidationException(String message, int httpStatus, String httpStatusText, String errorCode, String apiMessage,
            List<TimelinesAiFieldError> fieldErrors, Duration retryAfter) {
        super(message, httpStatus, httpStatusText, errorCode, apiMessage, fieldErrors, retryAfter);
    }
}
