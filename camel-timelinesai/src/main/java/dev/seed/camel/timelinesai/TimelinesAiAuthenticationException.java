package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.List;

/** HTTP 401: the token is missing, unknown, expired or revoked. */
public class TimelinesAiAuthenticationException extends TimelinesAiException {

    public TimelinesAiAuthenticationException(String message, int httpStatus, String httpStatusText, String errorCode, String apiMessage,
            List<TimelinesAiFieldError> fieldErrors, Duration retryAfter) {
        super(message, httpStatus, httpStatusText, errorCode, apiMessage, fieldErrors, retryAfter);
    }
}
