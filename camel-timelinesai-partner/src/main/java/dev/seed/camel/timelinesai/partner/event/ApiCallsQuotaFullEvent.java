package dev.seed.camel.timelinesai.partner.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code workspace:quota_full:api_calls}: the period's Public API call quota is used up. */
public record ApiCallsQuotaFullEvent(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("triggered_at") String triggeredAt,
        @JsonProperty("api_calls_limit") Long apiCallsLimit,
        @JsonProperty("api_calls_used") Long apiCallsUsed,
        @JsonProperty("current_period_start") String currentPeriodStart,
        @JsonProperty("current_period_end") String currentPeriodEnd) implements PartnerEvent {

    @Override
    public boolean isComplete() {
        return PartnerEvents.common(this) && apiCallsLimit != null && apiCallsUsed != null
                && currentPeriodStart != null && currentPeriodEnd != null;
    }
}
