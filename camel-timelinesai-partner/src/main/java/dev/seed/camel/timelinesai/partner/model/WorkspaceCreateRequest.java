package dev.seed.camel.timelinesai.partner.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code workspaces/create}: a display name (letters, digits and dashes, 1–100) and seats (1–999). */
public record WorkspaceCreateRequest(@JsonProperty("display_name") String displayName,
        @JsonProperty("seats_purchased") Integer seatsPurchased) {
}
