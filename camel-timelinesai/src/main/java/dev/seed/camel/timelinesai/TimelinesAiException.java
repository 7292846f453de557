package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.List;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * A call to TimelinesAI did not succeed. Carries the HTTP status, the API's {@code error_code}, its message, the
 * per-field validation errors and the {@code Retry-After} delay when the server sent one. Subclasses name the
 * common cases so routes can catch them with {@code onException}.
 */
public class TimelinesAiException extends RuntimeCamelException implements HttpResponseAware {
    private int httpStatus;
    private String httpStatusText;
    private final String errorCode;
    private final String apiMessage;
    private final List<TimelinesAiFieldError> fieldErrors;
    private final Duration retryAfter;

    public TimelinesAiException(String message, int httpStatus, String httpStatusText, String errorCode,
                                String apiMessage, List<TimelinesAiFieldError> fieldErrors, Duration retryAfter) {
        super(message);
        this.httpStatus = httpStatus;
        this.httpStatusText = httpStatusText;
        this.errorCode = errorCode;
        this.apiMessage = apiMessage;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    /** An error without an HTTP response (for example a failed connection or a bad local argument). */
    public TimelinesAiException(String message, Throwable cause) {
        super(message, cause);
        this.errorCode = null;
        this.apiMessage = null;
        this.fieldErrors = List.of();
        this.retryAfter = null;
    }

    /** The HTTP status code, or 0 when no response was received. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The API's stable machine-readable code (e.g. {@code validation_error}), or {@code null}. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The API's human-readable message, or {@code null} when the body had none. */
    public String getApiMessage() {
        return apiMessage;
    }

    /** Per-field validation errors; empty when the API sent none. */
    public List<TimelinesAiFieldError> getFieldErrors() {
        return fieldErrors;
    }

    /** The delay the server asked for with {@code Retry-After}, or {@code null}. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    @Override
    public int getHttpResponseCode() {
        return httpStatus;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.httpStatus = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return httpStatusText;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.httpStatusText = status;
    }
}
