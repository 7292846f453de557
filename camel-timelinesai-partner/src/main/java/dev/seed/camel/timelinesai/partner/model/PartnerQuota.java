package dev.seed.camel.timelinesai.partner.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A workspace quota (seats, messages or API calls): total, used and, for periodic quotas, the period. */
public record PartnerQuota(@JsonProperty("total") long total,
        @JsonProperty("used") long used,
        @JsonProperty("period_start") String periodStart,
        @JsonProperty("period_end") String periodEnd) {
}
