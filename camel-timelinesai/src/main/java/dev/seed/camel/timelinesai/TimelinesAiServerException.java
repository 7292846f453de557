package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.List;

/** HTTP 5xx: TimelinesAI failed; a send may or may not have been accepted. */
public class TimelinesAiServerException extends TimelinesAiException {

    public TimelinesAiServerException(String message, int httpStatus, String httpStatusText, String errorCode, String apiMessage,
            List<TimelinesAiFieldError> fieldErrors, Duration retryAfter) {
        super(message, httpStatus, httpStatusText, errorCode, apiMessage, fieldErrors, retryAfter);
    }
}
