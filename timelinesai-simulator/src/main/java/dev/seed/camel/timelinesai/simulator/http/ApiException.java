package dev.seed.camel.timelinesai.simulator.http;

import java.util.List;

/** An error the simulated API answers with: HTTP status, {@code error_code}, message and field errors. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String errorCode;
    private final List<FieldError> fieldErrors;

    /** One schema-validation failure: the path of the field from the request root and what is wrong. */
    public record FieldError(List<String> fields, String msg) {
    }

    public ApiException(int status, String errorCode, String message) {
        this(status, errorCode, message, List.of());
    }

    public ApiException(int status, String errorCode, String message, List<FieldError> fieldErrors) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public int status() { return status; }
    public String errorCode() { return errorCode; }
    public List<FieldError> fieldErrors() { return fieldErrors; }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException validation(String field, String msg) {
        return new ApiException(400, "validation_error", "Invalid request: " + field + ": " + msg,
                List.of(new FieldError(List.of(field), msg)));
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "validation_error", message);
    }
}
