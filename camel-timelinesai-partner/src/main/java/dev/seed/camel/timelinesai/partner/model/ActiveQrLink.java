package dev.seed.camel.timelinesai.partner.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A QR onboarding link still open in a workspace, as {@code workspaces/get} lists it. */
public record ActiveQrLink(@JsonProperty("qr_link") String qrLink,
        @JsonProperty("user_id") long userId,
        @JsonProperty("expires_at") String expiresAt) {
}
