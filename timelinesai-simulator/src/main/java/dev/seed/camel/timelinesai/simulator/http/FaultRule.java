package dev.seed.camel.timelinesai.simulator.http;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One injected fault of the Public API: which requests it matches (method, path prefix or regex relative to
 * {@code /integrations/api}), what it does ({@link Kind}) and how often (at most {@code times}, each time with
 * {@code probability}). Counts how often it fired.
 */
public final class FaultRule {

    /** What a fault does to a matching request. */
    public enum Kind {
        /** Waits {@code delay_ms}, then serves the request normally. */
        LATENCY,
        /** Answers {@code status} with the API's error body. */
        STATUS,
        /** Answers 429 {@code rate_limit_exceeded}, with {@code Retry-After} when {@code retry_after} is set. */
        RATE_LIMIT,
        /** Reads the request, then closes the connection without any response. */
        DROP;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind parse(String value) {
            for (Kind kind : values()) {
                if (kind.wireName().equals(value)) {
                    return kind;
                }
            }
            throw ApiException.validation("kind", "Must be one of: latency, status, rate_limit, drop.");
        }
    }

    private final long id;
    private final Kind kind;
    private final String method;
    private final String pathPrefix;
    private final Pattern pathRegex;
    private final long delayMs;
    private final int status;
    private final String errorCode;
    private final String message;
    private final Integer retryAfter;
    private final Integer times;
    private final Double probability;
    private final boolean afterRequest;
    private final AtomicInteger fired = new AtomicInteger();

    private FaultRule(long id, Kind kind, String method, String pathPrefix, Pattern pathRegex, long delayMs,
                      int status, String errorCode, String message, Integer retryAfter, Integer times,
                      Double probability, boolean afterRequest) {
        this.id = id;
        this.kind = kind;
        this.method = method;
        this.pathPrefix = pathPrefix;
        this.pathRegex = pathRegex;
        this.delayMs = delayMs;
        this.status = status;
        this.errorCode = errorCode;
        this.message = message;
        this.retryAfter = retryAfter;
        this.times = times;
        this.probability = probability;
        this.afterRequest = afterRequest;
    }

    /**
     * Reads a rule from its admin JSON form: {@code kind} (latency|status|rate_limit|drop), {@code method?},
     * {@code path_prefix?} or {@code path_regex?}, {@code delay_ms} (latency), {@code status},
     * {@code error_code?}, {@code message?} (status), {@code retry_after?} (rate_limit), {@code times?},
     * {@code probability?}, {@code after_request?} (latency and drop: serve the request, then delay or drop the
     * response). Bad input is a 400 {@code validation_error}.
     */
    public static FaultRule fromJson(long id, JsonRequest body) {
        Kind kind = Kind.parse(body.requiredString("kind", 20));
        String method = body.optionalString("method", 10);
        String prefix = body.optionalString("path_prefix", 1000);
        String regex = body.optionalString("path_regex", 1000);
        if (prefix != null && regex != null) {
            throw ApiException.validation("path_regex", "Give path_prefix or path_regex, not both.");
        }
        Pattern pattern = null;
        if (regex != null) {
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw ApiException.validation("path_regex", "Not a valid regular expression.");
            }
        }
        long delay = 0;
        int status = 0;
        String errorCode = null;
        String message = null;
        Integer retryAfter = null;
        switch (kind) {
            case LATENCY -> delay = required(body.optionalLong("delay_ms", 1, 600_000), "delay_ms");
            case STATUS -> {
                status = required(body.optionalLong("status", 400, 599), "status").intValue();
                errorCode = body.has("error_code") ? body.optionalString("error_code", 100) : defaultErrorCode(status);
                message = body.optionalString("message", 2000);
                if (message == null) {
                    message = defaultMessage(status);
                }
            }
            case RATE_LIMIT -> {
                Long seconds = body.optionalLong("retry_after", 0, 3600);
                retryAfter = seconds == null ? null : seconds.intValue();
            }
            case DROP -> {
            }
        }
        Long times = body.optionalLong("times", 1, Integer.MAX_VALUE);
        Double probability = null;
        JsonNode p = body.node().get("probability");
        if (p != null && !p.isNull()) {
            if (!p.isNumber() || p.doubleValue() < 0 || p.doubleValue() > 1) {
                throw ApiException.validation("probability", "Must be a number between 0 and 1.");
            }
            probability = p.doubleValue();
        }
        boolean afterRequest = Boolean.TRUE.equals(body.optionalBoolean("after_request"));
        if (afterRequest && kind != Kind.LATENCY && kind != Kind.DROP) {
            throw ApiException.validation("after_request", "Only latency and drop faults can act after the request.");
        }
        return new FaultRule(id, kind, method == null ? null : method.toUpperCase(Locale.ROOT), prefix, pattern,
                delay, status, errorCode, message, retryAfter, times == null ? null : times.intValue(), probability,
                afterRequest);
    }

    private static Long required(Long value, String field) {
        if (value == null) {
            throw ApiException.validation(field, "Missing data for required field.");
        }
        return value;
    }

    private static String defaultErrorCode(int status) {
        return switch (status) {
            case 400 -> "validation_error";
            case 401 -> "invalid_token";
            case 403 -> "permission_denied";
            case 404 -> "not_found";
            case 405 -> "not_supported";
            case 429 -> "rate_limit_exceeded";
            default -> status >= 500 ? "internal_error" : null;
        };
    }

    private static String defaultMessage(int status) {
        return status >= 500 ? "Internal server error" : "Injected fault (HTTP " + status + ")";
    }

    /** Whether the request {@code method path} (path relative to the Public API root) is one this rule targets. */
    public boolean matches(String requestMethod, String path) {
        if (method != null && !method.equals(requestMethod)) {
            return false;
        }
        if (pathPrefix != null) {
            return path.startsWith(pathPrefix);
        }
        return pathRegex == null || pathRegex.matcher(path).matches();
    }

    /** Rolls the dice and takes one of the remaining firings; true when the fault applies to this request. */
    boolean tryFire(Random random) {
        if (probability != null && random.nextDouble() >= probability) {
            return false;
        }
        if (times == null) {
            fired.incrementAndGet();
            return true;
        }
        while (true) {
            int current = fired.get();
            if (current >= times) {
                return false;
            }
            if (fired.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /** Whether it can never fire again. */
    public boolean exhausted() {
        return times != null && fired.get() >= times;
    }

    public long id() { return id; }
    public Kind kind() { return kind; }
    public long delayMs() { return delayMs; }
    public int status() { return status; }
    public String errorCode() { return errorCode; }
    public String message() { return message; }
    public Integer retryAfter() { return retryAfter; }
    /** Whether the request is served first and only its response is delayed or dropped. */
    public boolean afterRequest() { return afterRequest; }
    public int fired() { return fired.get(); }

    /** The admin JSON form, with {@code fired} and {@code remaining} (null when unlimited). */
    public ObjectNode toJson() {
        ObjectNode node = Json.object().put("id", id).put("kind", kind.wireName());
        node.put("method", method);
        if (pathRegex != null) {
            node.put("path_regex", pathRegex.pattern());
        } else {
            node.put("path_prefix", pathPrefix);
        }
        switch (kind) {
            case LATENCY -> node.put("delay_ms", delayMs);
            case STATUS -> node.put("status", status).put("error_code", errorCode).put("message", message);
            case RATE_LIMIT -> node.put("retry_after", retryAfter);
            case DROP -> {
            }
        }
        if (kind == Kind.LATENCY || kind == Kind.DROP) {
            node.put("after_request", afterRequest);
        }
        node.put("times", times).put("probability", probability).put("fired", fired.get());
        node.put("remaining", times == null ? null : Math.max(0, times - fired.get()));
        return node;
    }
}
