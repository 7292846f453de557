package dev.seed.camel.timelinesai.internal.transport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.hc.core5.http.HttpEntity;

/**
 * One HTTP call to a TimelinesAI API: method, path below the base URL (no trailing slash), query
 * parameters (nulls left out) and an optional entity.
 */
public final class ApiRequest {
    private final String method;
    private final String path;
    /** Query parameters; the shared empty map until the first one is added. */
    private Map<String, String> query = Map.of();
    private HttpEntity entity;
    private boolean idempotent;

    private ApiRequest(String method, String path) {
        this.method = method;
        this.path = stripTrailingSlash(Objects.requireNonNull(path, "path"));
        this.idempotent = !"POST".equals(method);
    }

    public static ApiRequest get(String path) {
        return new ApiRequest("GET", path);
    }

    public static ApiRequest post(String path) {
        return new ApiRequest("POST", path);
    }

    public static ApiRequest put(String path) {
        return new ApiRequest("PUT", path);
    }

    public static ApiRequest patch(String path) {
        return new ApiRequest("PATCH", path);
    }

    public static ApiRequest delete(String path) {
        return new ApiRequest("DELETE", path);
    }

    /** Adds a query parameter; a {@code null} value is left out. */
    public ApiRequest query(String name, Object value) {
        if (value != null) {
            if (query.isEmpty()) {
                query = new LinkedHashMap<>();
            }
            query.put(name, String.valueOf(value));
        }
        return this;
    }

    public ApiRequest entity(HttpEntity entity) {
        this.entity = entity;
        return this;
    }

    /** Marks a POST that TimelinesAI treats idempotently (or whose repetition is harmless), so it may be retried. */
    public ApiRequest retryable() {
        this.idempotent = true;
        return this;
    }

    /** Whether repeating the request cannot do harm: GET, PUT, PATCH, DELETE and POSTs marked {@link #retryable()}. */
    public boolean idempotent() {
        return idempotent;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Map<String, String> queryParams() {
        return query;
    }

    public HttpEntity entity() {
        return entity;
    }

    private static String stripTrailingSlash(String p) {
        String s = p;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
