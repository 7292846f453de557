package dev.seed.camel.timelinesai.partner.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The summary {@code workspaces/get} returns: seats, messaging, API-call and one-off quotas, users, WhatsApp
 * accounts and open QR links.
 */
public record WorkspaceDetails(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("seats") PartnerQuota seats,
        @JsonProperty("messages_quota") PartnerQuota messagesQuota,
        @JsonProperty("api_calls_quota") PartnerQuota apiCallsQuota,
        @JsonProperty("non_recurring_quota") NonRecurringQuota nonRecurringQuota,
        @JsonProperty("users") List<PartnerUser> users,
        @JsonProperty("whatsapp_accounts") List<PartnerWhatsappAccount> whatsappAccounts,
        @JsonProperty("qr_links") List<ActiveQrLink> qrLinks) implements WorkspaceScoped {
}
