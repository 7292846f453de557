package dev.seed.camel.timelinesai.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;

import static dev.seed.camel.timelinesai.simulator.AdminTransport.MAPPER;
import static dev.seed.camel.timelinesai.simulator.AdminTransport.encode;
import static dev.seed.camel.timelinesai.simulator.AdminTransport.putIfNotNull;
import static dev.seed.camel.timelinesai.simulator.AdminTransport.violations;

/**
 * The Partner API part of the admin API: QR scans, workspace quotas, partner settings, webhook deliveries,
 * contract violations and bearer tokens. Get one from {@link SimulatorAdminClient#partner()}.
 */
public final class PartnerAdmin {
    private final AdminTransport transport;

    PartnerAdmin(AdminTransport transport) {
        this.transport = transport;
    }

    /** What a simulated QR scan connected: the workspace, the user and the partner-side account id. */
    public record QrConnection(String workspaceId, long userId, long whatsappAccountId, String phone) {
    }

    /**
     * Simulates scanning a Partner API QR link ({@code qr_link} as returned, or its token) with WhatsApp number
     * {@code phone}: connects the user's account, uses the link up, fires the connected webhooks.
     */
    public QrConnection connectQr(String qrLinkOrToken, String phone) {
        ObjectNode body = MAPPER.createObjectNode().put("phone", phone);
        body.put(qrLinkOrToken.contains("/") ? "qr_link" : "token", qrLinkOrToken);
        JsonNode r = transport.call("POST", "/partner/qr/connect", body);
        return new QrConnection(r.path("workspace_id").asText(), r.path("user_id").asLong(),
                r.path("whatsapp_account_id").asLong(), r.path("phone_number_e164").asText());
    }

    /** A partner workspace quota after a change. */
    public record PartnerQuota(String workspaceId, String quota, long total, long used) {
    }

    /** Uses up a workspace's {@code messaging}, {@code api_calls} or {@code transactions} quota (used = total). */
    public PartnerQuota useUpPartnerQuota(String workspaceId, String quota) {
        return setPartnerQuotaUsed(workspaceId, quota, null);
    }

    /** Sets how much of a workspace's quota is used ({@code null} = all of it); null workspace = the seeded one. */
    public PartnerQuota setPartnerQuotaUsed(String workspaceId, String quota, Long used) {
        ObjectNode body = MAPPER.createObjectNode().put("quota", quota);
        putIfNotNull(body, "workspace_id", workspaceId);
        putIfNotNull(body, "used", used);
        JsonNode r = transport.call("POST", "/partner/quotas", body);
        return new PartnerQuota(r.path("workspace_id").asText(), r.path("quota").asText(), r.path("total").asLong(),
                r.path("used").asLong());
    }

    /** The partner's id and webhook URL (the secret is never shown). */
    public record PartnerSettings(String partnerId, String webhookUrl) {
    }

    public PartnerSettings partnerSettings() {
        return partnerSettings(transport.call("GET", "/partner/settings", null));
    }

    /** Where partner webhooks go; null stops them. */
    public PartnerSettings setPartnerWebhookUrl(String webhookUrl) {
        ObjectNode body = MAPPER.createObjectNode();
        if (webhookUrl == null) {
            body.putNull("webhook_url");
        } else {
            body.put("webhook_url", webhookUrl);
        }
        return partnerSettings(transport.call("PUT", "/partner/settings", body));
    }

    /** Changes the Partner ID and/or the Partner Secret (null leaves one as it is). */
    public PartnerSettings setPartnerCredentials(String partnerId, String partnerSecret) {
        ObjectNode body = MAPPER.createObjectNode();
        putIfNotNull(body, "partner_id", partnerId);
        putIfNotNull(body, "partner_secret", partnerSecret);
        return partnerSettings(transport.call("PUT", "/partner/settings", body));
    }

    private static PartnerSettings partnerSettings(JsonNode r) {
        return new PartnerSettings(r.path("partner_id").asText(),
                r.path("webhook_url").isTextual() ? r.path("webhook_url").asText() : null);
    }

    /** One partner webhook delivery attempt. */
    public record PartnerDelivery(long id, String eventType, String workspaceId, String url, int attempt,
                                  Integer statusCode, String error, boolean success, boolean lastAttempt,
                                  JsonNode payload, Instant startedAt, Instant finishedAt) {
    }

    /** Recent partner webhook delivery attempts (of one event type, or all when null), oldest first. */
    public List<PartnerDelivery> partnerDeliveries(String eventType) {
        String query = eventType == null ? "" : "?event_type=" + encode(eventType);
        List<PartnerDelivery> list = new ArrayList<>();
        for (JsonNode n : transport.call("GET", "/partner/deliveries" + query, null)) {
            list.add(new PartnerDelivery(n.path("id").asLong(), n.path("event_type").asText(),
                    n.path("workspace_id").asText(), n.path("url").asText(), n.path("attempt").asInt(),
                    n.path("status_code").isNumber() ? n.path("status_code").asInt() : null,
                    n.path("error").isTextual() ? n.path("error").asText() : null,
                    n.path("success").asBoolean(), n.path("last_attempt").asBoolean(), n.path("payload"),
                    Instant.parse(n.path("started_at").asText()), Instant.parse(n.path("finished_at").asText())));
        }
        return list;
    }

    /** Partner API requests and responses that did not fit {@code partner_api_spec.yaml}. */
    public List<ContractViolation> partnerContractViolations() {
        return violations(transport.call("GET", "/partner/contract-violations", null));
    }

    /** A fresh Partner API bearer JWT for the configured partner (valid 180 s either side of now). */
    public String partnerJwt() {
        return transport.call("GET", "/partner/jwt", null).path("token").asText();
    }
}
