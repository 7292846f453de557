package dev.seed.camel.timelinesai.partner.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A partner event of a type this component does not know yet (never routed: its type cannot be subscribed to). */
public record UnknownPartnerEvent(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("triggered_at") String triggeredAt) implements PartnerEvent {

    @Override
    public boolean isComplete() {
        return eventType != null;
    }
}
