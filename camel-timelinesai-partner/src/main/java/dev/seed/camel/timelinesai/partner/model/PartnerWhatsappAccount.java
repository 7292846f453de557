package dev.seed.camel.timelinesai.partner.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A WhatsApp account of a partner workspace and the user it belongs to. */
public record PartnerWhatsappAccount(@JsonProperty("user_id") Long userId,
        @JsonProperty("connected") boolean connected,
        @JsonProperty("whatsapp_account_id") Long whatsappAccountId,
        @JsonProperty("phone_number_e164") String phoneNumberE164,
        @JsonProperty("connection_status") String connectionStatus,
        @JsonProperty("connected_at") String connectedAt) {
}
