package dev.seed.camel.timelinesai.model.waba;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An analytics request for a WABA account ({@code POST /waba/accounts/{id}/analytics}): the window from
 * {@code start} to {@code end} in epoch seconds (the API clamps a start older than 365 days and an end in the
 * future) and the optional pricing breakdowns, a comma-separated subset of {@link WabaAnalyticsDimension}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WabaAnalyticsRequest(
        @JsonProperty("start") long start,
        @JsonProperty("end") long end,
        @JsonProperty("dimensions") String dimensions) {

    public WabaAnalyticsRequest {
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("Analytics start and end are epoch seconds, not negative");
        }
        if (start > end) {
            throw new IllegalArgumentException("Analytics start (" + start + ") is after end (" + end + ")");
        }
        dimensions = normalized(dimensions);
    }

    /** The window between two instants, with these breakdowns (none for flat points). */
    public static WabaAnalyticsRequest of(Instant start, Instant end, WabaAnalyticsDimension... dimensions) {
        if (start == null || end == null) {
            throw new IllegalArgumentException("Analytics need a start and an end");
        }
        String csv = Arrays.stream(dimensions).map(Enum::name).collect(Collectors.joining(","));
        return new WabaAnalyticsRequest(start.getEpochSecond(), end.getEpochSecond(), csv);
    }

    /** The breakdowns asked for, in order. */
    public Set<WabaAnalyticsDimension> dimensionSet() {
        Set<WabaAnalyticsDimension> set = new LinkedHashSet<>();
        if (dimensions != null) {
            for (String d : dimensions.split(",")) {
                set.add(WabaAnalyticsDimension.valueOf(d));
            }
        }
        return set;
    }

    private static String normalized(String csv) {
        if (csv == null || csv.isBlank()) {
            return null;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : csv.split(",")) {
            String d = raw.trim().toUpperCase(Locale.ROOT);
            try {
                WabaAnalyticsDimension.valueOf(d);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown analytics dimension \"" + raw.trim()
                        + "\"; allowed: COUNTRY, PRICING_CATEGORY, PRICING_TYPE");
            }
            if (!seen.add(d)) {
                throw new IllegalArgumentException("Analytics dimension " + d + " is given twice");
            }
        }
        return String.join(",", seen);
    }
}
