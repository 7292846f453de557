package dev.seed.camel.timelinesai.partner.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A WhatsApp onboarding link issued by {@code users/qr}: single use, valid until {@code expiresAt}; issuing it
 * disconnected the user's previous account and revoked their previous link when the flags say so.
 */
public record QrCode(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("user_id") long userId,
        @JsonProperty("qr_link") String qrLink,
        @JsonProperty("expires_at") String expiresAt,
        @JsonProperty("whatsapp_disconnected") boolean whatsappDisconnected,
        @JsonProperty("previous_qr_revoked") boolean previousQrRevoked) implements WorkspaceScoped {

    /** The link for an iframe in a partner portal ({@code display_mode=embedding}). */
    public String embeddingLink() {
        return qrLink + (qrLink.contains("?") ? "&" : "?") + "display_mode=embedding";
    }
}
