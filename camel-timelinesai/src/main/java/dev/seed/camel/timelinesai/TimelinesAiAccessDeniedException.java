package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.List;

/** HTTP 403: the token's member may not do this, or the plan lacks the feature. */
public class TimelinesAiAccessDeniedException extends TimelinesAiException {

    public TimelinesAiAccessDeniedException(String message, int httpStatus, String httpStatusText, String errorCode, String apiMessage,
            List<TimelinesAiFieldError> fieldErrors, Duration retryAfter) {
        super(message, httpStatus, httpStatusText, errorCode, apiMessage, fieldErrors, retryAfter);
    }
}
