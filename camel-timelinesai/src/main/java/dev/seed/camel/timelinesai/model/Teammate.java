package dev.seed.camel.timelinesai.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A member of the workspace (or an invited user), with the WhatsApp accounts they own. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Teammate(
        @JsonProperty("user_id") long userId,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("email") String email,
        @JsonProperty("role") String role,
        @JsonProperty("team") String team,
        @JsonProperty("status") String status,
        @JsonProperty("invitation_status") String invitationStatus,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("whatsapp_accounts") List<WhatsAppAccount> whatsappAccounts) {
}
