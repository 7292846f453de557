package dev.seed.camel.timelinesai.internal.transport;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.TimelinesAiAccessDeniedException;
import dev.seed.camel.timelinesai.TimelinesAiAuthenticationException;
import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.TimelinesAiFieldError;
import dev.seed.camel.timelinesai.TimelinesAiNotFoundException;
import dev.seed.camel.timelinesai.TimelinesAiQuotaExceededException;
import dev.seed.camel.timelinesai.TimelinesAiRateLimitException;
import dev.seed.camel.timelinesai.TimelinesAiServerException;
import dev.seed.camel.timelinesai.TimelinesAiValidationException;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;

/**
 * Turns an unsuccessful response into a typed {@link TimelinesAiException}. Reads the Public API error body
 * ({@code status, message, error_code, errors}) and the Partner API one ({@code error, status, description});
 * any other body (such as the HTML 404 page) still gives a typed exception with the status.
 */
public final class ErrorResponses {
    private static final int MAX_TEXT = 200;

    private ErrorResponses() {
    }

    public static TimelinesAiException toException(String call, ApiResponse response) {
        int status = response.status();
        JsonNode json = JsonSupport.parseOrNull(response.body());
        String apiMessage = null;
        String errorCode = null;
        List<TimelinesAiFieldError> fieldErrors = new ArrayList<>();
        if (json != null && json.isObject()) {
            apiMessage = text(json, "message");
            if (apiMessage == null) {
                apiMessage = text(json, "description");
            }
            errorCode = text(json, "error_code");
            if (errorCode == null && json.path("error").isTextual()) {
                errorCode = json.get("error").asText();
            }
            for (JsonNode e : json.path("errors")) {
                List<String> fields = new ArrayList<>();
                e.path("fields").forEach(f -> fields.add(f.asText()));
                fieldErrors.add(new TimelinesAiFieldError(fields, e.path("msg").asText("")));
            }
        }
        Duration retryAfter = retryAfter(response.header("Retry-After"));
        String message = describe(call, response, json, apiMessage, errorCode, fieldErrors, retryAfter);
        String reason = response.reason();
        if (status == 401) {
            return new TimelinesAiAuthenticationException(message, status, reason, errorCode, apiMessage, fieldErrors, retryAfter);
        }
        if ("quota_exceeded".equals(errorCode)) {
            return new TimelinesAiQuotaExceededException(message, status, reason, errorCode, apiMessage, fieldErrors, retryAfter);
        }
        if (status == 429) {
            return new TimelinesAiRateLimitException(message, status, reason, errorCode, apiMessage, fieldErrors, retryAfter);
        }
        if (status == 403) {
            return new TimelinesAiAccessDeniedException(message, status, reason, errorCode, apiMessage, fieldErrors, retryAfter);
        }
        if (status == 404) {
            return new TimelinesAiNotFoundException(message, status, reason, errorCode, apiMessage, fieldErrors, retryAfter);
        }
        if (status == 400 || status == 413 || status == 422) {
            return new TimelinesAiValidationException(message, status, reason, errorCode, apiMessage, fieldErrors, retryAfter);
        }
        if (status >= 500) {
            return new TimelinesAiServerException(message, status, reason, errorCode, apiMessage, fieldErrors, retryAfter);
        }
        return new TimelinesAiException(message, status, reason, errorCode, apiMessage, fieldErrors, retryAfter);
    }

    private static String describe(String call, ApiResponse response, JsonNode json, String apiMessage, String errorCode,
                                   List<TimelinesAiFieldError> fieldErrors, Duration retryAfter) {
        StringBuilder sb = new StringBuilder("TimelinesAI ").append(call).append(" failed with HTTP ")
                .append(response.status());
        if (errorCode != null) {
            sb.append(" (").append(errorCode).append(')');
        }
        if (apiMessage != null) {
            sb.append(": ").append(apiMessage);
        } else if (json == null) {
            sb.append(": non-JSON response");
            if (response.contentType() != null) {
                sb.append(" (").append(response.contentType()).append(')');
            }
            String title = htmlTitle(response.bodyText());
            if (title != null) {
                sb.append(": ").append(title);
            }
            if (response.status() == 404 && call.endsWith("/")) {
                sb.append(" (paths must not end with a slash)");
            }
        } else {
            String text = response.bodyText();
            sb.append(": ").append(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text);
        }
        if (!fieldErrors.isEmpty()) {
            sb.append(' ').append(fieldErrors);
        }
        if (retryAfter != null) {
            sb.append(" (retry after ").append(retryAfter.toSeconds()).append(" s)");
        }
        return sb.toString();
    }

    private static String htmlTitle(String html) {
        int start = html.toLowerCase().indexOf("<title>");
        int end = html.toLowerCase().indexOf("</title>");
        if (start >= 0 && end > start) {
            String title = html.substring(start + 7, end).trim();
            return title.length() > MAX_TEXT ? title.substring(0, MAX_TEXT) : title;
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** The answer's {@code Retry-After}, or {@code null}. */
    public static Duration retryAfter(ApiResponse response) {
        return retryAfter(response.header("Retry-After"));
    }

    /** Whether the answer's {@code error_code} says a quota is used up (no retry can help then). */
    public static boolean quotaExceeded(ApiResponse response) {
        JsonNode json = JsonSupport.parseOrNull(response.body());
        return json != null && json.isObject() && ("quota_exceeded".equals(json.path("error_code").asText(null))
                || "quota_exceeded".equals(json.path("error").asText(null)));
    }

    /** {@code Retry-After} as seconds or an HTTP date; {@code null} when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }
}
