package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A WhatsApp (QR-linked) account of the workspace. {@code status} is {@code active} or {@code disconnected};
 * {@code isVisible} is only set by the membership-scoped (v2) listing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WhatsAppAccount(
        @JsonProperty("id") String id,
        @JsonProperty("phone") String phone,
        @JsonProperty("connected_on") String connectedOn,
        @JsonProperty("status") String status,
        @JsonProperty("owner_name") String ownerName,
        @JsonProperty("owner_email") String ownerEmail,
        @JsonProperty("account_name") String accountName,
        @JsonProperty("is_visible") Boolean isVisible) {
}
