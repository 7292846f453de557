package dev.seed.camel.timelinesai.partner.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code api_token:rotated}: the workspace's Public API token was rotated through the Partner API (the event carries no token). */
public record ApiTokenRotatedEvent(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("triggered_at") String triggeredAt,
        @JsonProperty("rotated_at") String rotatedAt) implements PartnerEvent {

    @Override
    public boolean isComplete() {
        return PartnerEvents.common(this) && rotatedAt != null;
    }
}
