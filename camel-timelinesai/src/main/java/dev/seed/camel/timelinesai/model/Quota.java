package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A quota and its use in the current period (period bounds are absent for seats). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Quota(
        @JsonProperty("total") long total,
        @JsonProperty("used") long used,
        @JsonProperty("period_start") String periodStart,
        @JsonProperty("period_end") String periodEnd) {

    public long remaining() {
        return Math.max(0, total - used);
    }
}
