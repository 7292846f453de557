package dev.seed.camel.timelinesai.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static dev.seed.camel.timelinesai.simulator.AdminTransport.MAPPER;
import static dev.seed.camel.timelinesai.simulator.AdminTransport.encode;
import static dev.seed.camel.timelinesai.simulator.AdminTransport.putIfNotNull;

/**
 * The workspace part of the admin API: reset, quotas, account status and what a teammate does in the web app
 * (webhook subscriptions, the API token, account connections). Get one from {@link SimulatorAdminClient#workspace()}.
 */
public final class WorkspaceAdmin {
    private final AdminTransport transport;

    WorkspaceAdmin(AdminTransport transport) {
        this.transport = transport;
    }

    /** Back to the seeded workspace; faults, the delivery log, statistics and the rate limit are reset too. */
    public void reset() {
        transport.call("POST", "/reset", MAPPER.createObjectNode());
    }

    /** Quotas after an update; only the non-null parts of {@link QuotaUpdate} change. */
    public record Quotas(long messagingTotal, long messagingUsed, long apiCallsTotal, long apiCallsUsed) {
    }

    /** The parts of the quotas to change; null leaves a value as it is. */
    public record QuotaUpdate(Long messagingTotal, Long messagingUsed, Long apiCallsTotal, Long apiCallsUsed) {
        public static QuotaUpdate messaging(long total, long used) {
            return new QuotaUpdate(total, used, null, null);
        }

        public static QuotaUpdate apiCalls(long total, long used) {
            return new QuotaUpdate(null, null, total, used);
        }
    }

    public Quotas setQuotas(QuotaUpdate update) {
        ObjectNode body = MAPPER.createObjectNode();
        putIfNotNull(body, "messaging_total", update.messagingTotal());
        putIfNotNull(body, "messaging_used", update.messagingUsed());
        putIfNotNull(body, "api_calls_total", update.apiCallsTotal());
        putIfNotNull(body, "api_calls_used", update.apiCallsUsed());
        JsonNode r = transport.call("POST", "/quotas", body);
        return new Quotas(r.path("messaging_quota").path("total").asLong(), r.path("messaging_quota").path("used").asLong(),
                r.path("api_calls_quota").path("total").asLong(), r.path("api_calls_quota").path("used").asLong());
    }

    /** A WhatsApp account after a status change. */
    public record AccountStatus(String id, String phone, String status, String eventType) {
    }

    /** {@code status}: connected, disconnected, suspended or resumed; fires the matching {@code whatsapp:account:*}. */
    public AccountStatus setAccountStatus(String accountPhone, String status) {
        JsonNode r = transport.call("POST", "/accounts/" + encode(accountPhone) + "/status",
                MAPPER.createObjectNode().put("status", status));
        return new AccountStatus(r.path("id").asText(), r.path("phone").asText(), r.path("status").asText(),
                r.path("event_type").asText());
    }


    /** Disables ({@code false}) or enables a webhook subscription, as a teammate would in the UI. */
    public void setWebhookEnabled(long subscriptionId, boolean enabled) {
        transport.call("POST", "/webhooks/" + subscriptionId + (enabled ? "/enable" : "/disable"), MAPPER.createObjectNode());
    }

    /** Deletes a webhook subscription, as a teammate would in the UI. */
    public void deleteWebhook(long subscriptionId) {
        transport.call("DELETE", "/webhooks/" + subscriptionId, null);
    }

    /** Revokes ({@code false}) or restores the workspace's API token: requests with it get 401 meanwhile. */
    public void setTokenValid(boolean valid) {
        transport.call("POST", valid ? "/tokens/restore" : "/tokens/revoke", MAPPER.createObjectNode());
    }

    /** Disconnects ({@code false}) or reconnects every WhatsApp account; returns the phones that changed. */
    public List<String> setAllAccountsConnected(boolean connected) {
        List<String> phones = new ArrayList<>();
        transport.call("POST", connected ? "/accounts/reconnect-all" : "/accounts/disconnect-all", MAPPER.createObjectNode())
                .path("changed").forEach(p -> phones.add(p.asText()));
        return phones;
    }
}
