package dev.seed.camel.timelinesai.partner.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code workspace:seats_full}: every purchased seat is in use (fires once per billing period). */
public record SeatsFullEvent(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("triggered_at") String triggeredAt,
        @JsonProperty("seats_purchased") Integer seatsPurchased,
        @JsonProperty("seats_available") Integer seatsAvailable) implements PartnerEvent {

    @Override
    public boolean isComplete() {
        return PartnerEvents.common(this) && seatsPurchased != null && seatsAvailable != null;
    }
}
