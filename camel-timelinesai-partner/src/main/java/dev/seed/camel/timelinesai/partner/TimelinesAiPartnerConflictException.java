package dev.seed.camel.timelinesai.partner;

import java.time.Duration;
import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.TimelinesAiFieldError;

/**
 * HTTP 409 from the Partner API: {@code seats_full} (not enough free seats; nothing was created) or a workspace
 * whose derived id already exists. {@link #getErrorCode()} tells which.
 */
public class TimelinesAiPartnerConflictException extends TimelinesAiException {

    public TimelinesAiPartnerConflictException(String message, int httpStatus, String httpStatusText, String errorCode,
            String apiMessage, List<TimelinesAiFieldError> fieldErrors, Duration retryAfter) {
        super(message, httpStatus, httpStatusText, errorCode, apiMessage, fieldErrors, retryAfter);
    }

    /** Whether the workspace has too few free seats for the request. */
    public boolean isSeatsFull() {
        return "seats_full".equals(getErrorCode());
    }
}
