package dev.seed.camel.timelinesai.partner.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A user of a partner workspace (the Owner or a placeholder agent). */
public record PartnerUser(@JsonProperty("user_id") long userId,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("role") String role,
        @JsonProperty("email") String email,
        @JsonProperty("status") String status,
        @JsonProperty("created_at") String createdAt) {
}
