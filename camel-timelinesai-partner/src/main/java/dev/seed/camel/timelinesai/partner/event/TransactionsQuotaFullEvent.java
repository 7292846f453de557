package dev.seed.camel.timelinesai.partner.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code workspace:quota_full:transactions}: the period's transactions quota is used up (TimelinesAI does not define a transaction). */
public record TransactionsQuotaFullEvent(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("triggered_at") String triggeredAt,
        @JsonProperty("current_period_start") String currentPeriodStart,
        @JsonProperty("current_period_end") String currentPeriodEnd) implements PartnerEvent {

    @Override
    public boolean isComplete() {
        return PartnerEvents.common(this) && currentPeriodStart != null && currentPeriodEnd != null;
    }
}
