package dev.seed.camel.timelinesai.partner.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code users/qr}: the link's lifetime in hours (1–168; TimelinesAI's default is 24). */
public record QrRequest(@JsonProperty("expires_in_hours") Integer expiresInHours) {
}
