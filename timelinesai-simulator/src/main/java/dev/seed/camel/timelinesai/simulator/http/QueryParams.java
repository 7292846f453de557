package dev.seed.camel.timelinesai.simulator.http;

import java.util.Arrays;
import java.util.List;

import io.vertx.ext.web.RoutingContext;

/** Typed access to query parameters; a malformed value is a 400 {@code validation_error}. */
public final class QueryParams {
    private final RoutingContext ctx;

    public QueryParams(RoutingContext ctx) {
        this.ctx = ctx;
    }

    public String string(String name) {
        String value = ctx.request().getParam(name);
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw ApiException.validation(name, "String must not contain the NUL character.");
        }
        return value == null || value.isEmpty() ? null : value;
    }

    /** Comma-separated values, trimmed, empty ones dropped; empty list when absent. */
    public List<String> csv(String name) {
        String value = string(name);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code true}/{@code false} (case-insensitive, also 1/0); null when absent. */
    public Boolean bool(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        switch (value.toLowerCase()) {
            case "true", "1" -> {
                return Boolean.TRUE;
            }
            case "false", "0" -> {
                return Boolean.FALSE;
            }
            default -> throw ApiException.validation(name, "Not a valid boolean.");
        }
    }

    /** A page number, 1 when absent; below 1 or not a number is refused. */
    public int page() {
        String value = string("page");
        if (value == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value);
            if (page < 1) {
                throw ApiException.validation("page", "Must be greater than or equal to 1.");
            }
            return page;
        } catch (NumberFormatException e) {
            throw ApiException.validation("page", "Not a valid integer.");
        }
    }
}
