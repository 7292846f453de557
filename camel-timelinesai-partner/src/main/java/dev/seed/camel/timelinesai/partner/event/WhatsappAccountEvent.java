package dev.seed.camel.timelinesai.partner.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code whatsapp_account:connected} (e.g. a QR link was scanned) and {@code whatsapp_account:disconnected}
 * (by the API or by WhatsApp; then with {@code disconnectedAt} and a {@code reason} when known).
 */
public record WhatsappAccountEvent(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("triggered_at") String triggeredAt,
        @JsonProperty("whatsapp_account_id") Long whatsappAccountId,
        @JsonProperty("phone_number_e164") String phoneNumberE164,
        @JsonProperty("user_id") Long userId,
        @JsonProperty("disconnected_at") String disconnectedAt,
        @JsonProperty("reason") String reason) implements PartnerEvent {

    public boolean isConnected() {
        return PartnerEvents.ACCOUNT_CONNECTED.equals(eventType);
    }

    @Override
    public boolean isComplete() {
        return PartnerEvents.common(this) && whatsappAccountId != null && phoneNumberE164 != null && userId != null;
    }
}
