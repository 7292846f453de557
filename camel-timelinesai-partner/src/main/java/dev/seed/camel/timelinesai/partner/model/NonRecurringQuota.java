package dev.seed.camel.timelinesai.partner.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The one-off (non-recurring) quota balance of a workspace. */
public record NonRecurringQuota(@JsonProperty("remaining_balance") Long remainingBalance,
        @JsonProperty("last_updated_at") String lastUpdatedAt) {
}
