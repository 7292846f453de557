package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.List;

/** HTTP 404: the chat, message, file, webhook, template or user does not exist (or the path is wrong). */
public class TimelinesAiNotFoundException extends TimelinesAiException {

    public TimelinesAiNotFoundException(String message, int httpStatus, String httpStatusText, String errorCode, String apiMessage,
            List<TimelinesAiFieldError> fieldErrors, Duration retryAfter) {
        super(message, httpStatus, httpStatusText, errorCode, apiMessage, fieldErrors, retryAfter);
    }
}
