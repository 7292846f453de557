package dev.seed.camel.timelinesai.partner.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What {@code users/disconnect} did: {@code disconnected} is false when the user had no connected account. */
public record Disconnection(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("user_id") Long userId,
        @JsonProperty("disconnected") boolean disconnected,
        @JsonProperty("disconnected_at") String disconnectedAt,
        @JsonProperty("whatsapp_account_id") Long whatsappAccountId,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("description") String description) implements WorkspaceScoped {
}
