package dev.seed.camel.timelinesai.partner.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code workspace:quota_near_full:messaging} (at 90 %) and {@code workspace:quota_full:messaging} (at 100 %) of
 * the current period's messaging quota.
 */
public record MessagingQuotaEvent(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("triggered_at") String triggeredAt,
        @JsonProperty("messaging_quota_total") Long messagingQuotaTotal,
        @JsonProperty("messaging_quota_used") Long messagingQuotaUsed,
        @JsonProperty("utilization_pct") Integer utilizationPct,
        @JsonProperty("current_period_start") String currentPeriodStart,
        @JsonProperty("current_period_end") String currentPeriodEnd) implements PartnerEvent {

    /** Whether the quota is used up (rather than nearly). */
    public boolean isFull() {
        return PartnerEvents.QUOTA_FULL_MESSAGING.equals(eventType);
    }

    @Override
    public boolean isComplete() {
        return PartnerEvents.common(this) && messagingQuotaTotal != null && messagingQuotaUsed != null
                && currentPeriodStart != null && currentPeriodEnd != null;
    }
}
