package dev.seed.camel.timelinesai.model.waba;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The state of a WABA analytics request, known by its opaque {@code handle}: {@code pending}, then
 * {@code ready} with Meta's {@code result} ({@code analytics} and {@code pricing_analytics} edges, raw) or
 * {@code error} with an {@link Error}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaAnalytics(
        @JsonProperty("handle") String handle,
        @JsonProperty("state") String state,
        @JsonProperty("result") JsonNode result,
        @JsonProperty("error") Error error) {

    public static final String PENDING = "pending";
    public static final String READY = "ready";
    public static final String ERROR = "error";

    /** Why an analytics request failed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Error(@JsonProperty("code") Integer code, @JsonProperty("message") String message) {
    }

    /** Whether the result is there. */
    @JsonIgnore
    public boolean isReady() {
        return READY.equalsIgnoreCase(state);
    }

    /** Whether the request failed for good (then {@link #error()} says why). */
    @JsonIgnore
    public boolean isFailed() {
        return ERROR.equalsIgnoreCase(state);
    }

    /** Whether it is still being computed: neither ready nor failed. */
    @JsonIgnore
    public boolean isPending() {
        return !isReady() && !isFailed();
    }
}
