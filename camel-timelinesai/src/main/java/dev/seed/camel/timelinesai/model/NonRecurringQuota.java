package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One-off purchased message credits. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NonRecurringQuota(
        @JsonProperty("remaining_balance") long remainingBalance,
        @JsonProperty("last_updated_at") String lastUpdatedAt) {
}
