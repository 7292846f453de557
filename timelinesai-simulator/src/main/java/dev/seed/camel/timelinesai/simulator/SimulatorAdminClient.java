package dev.seed.camel.timelinesai.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin.CallSpec;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin.Credits;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin.Inbound;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin.LoggedCall;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin.SentMessage;
import dev.seed.camel.timelinesai.simulator.PartnerAdmin.PartnerDelivery;
import dev.seed.camel.timelinesai.simulator.PartnerAdmin.PartnerQuota;
import dev.seed.camel.timelinesai.simulator.PartnerAdmin.PartnerSettings;
import dev.seed.camel.timelinesai.simulator.PartnerAdmin.QrConnection;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.Fault;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.RateLimit;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.Stats;
import dev.seed.camel.timelinesai.simulator.WebhooksAdmin.Delivery;
import dev.seed.camel.timelinesai.simulator.WorkspaceAdmin.AccountStatus;
import dev.seed.camel.timelinesai.simulator.WorkspaceAdmin.QuotaUpdate;
import dev.seed.camel.timelinesai.simulator.WorkspaceAdmin.Quotas;
import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;

/**
 * A typed Java client of a simulator's admin API ({@code /__admin}), one part per area: {@link #workspace()},
 * {@link #messaging()}, {@link #traffic()}, {@link #webhooks()}, {@link #partner()} and {@link #waba()}; the
 * shortcuts below call those parts. Works against an embedded simulator ({@link TimelinesAiSimulator#admin()})
 * or a standalone one by URL.
 */
public final class SimulatorAdminClient {
    private final AdminTransport transport;
    private final WorkspaceAdmin workspace;
    private final MessagingAdmin messaging;
    private final TrafficAdmin traffic;
    private final WebhooksAdmin webhooks;
    private final PartnerAdmin partner;

    /** {@code rootUrl} is the simulator's root, e.g. {@code http://127.0.0.1:8080}. */
    public SimulatorAdminClient(String rootUrl) {
        String root = rootUrl.endsWith("/") ? rootUrl.substring(0, rootUrl.length() - 1) : rootUrl;
        this.transport = new AdminTransport(root + TimelinesAiSimulator.ADMIN_PREFIX);
        this.workspace = new WorkspaceAdmin(transport);
        this.messaging = new MessagingAdmin(transport);
        this.traffic = new TrafficAdmin(transport);
        this.webhooks = new WebhooksAdmin(transport);
        this.partner = new PartnerAdmin(transport);
    }

    /** An admin call the simulator refused: its HTTP status and message. */
    public static final class AdminException extends RuntimeException {
        private final int status;
        private final String errorCode;

        public AdminException(int status, String errorCode, String message) {
            super("HTTP " + status + (errorCode != null ? " " + errorCode : "") + ": " + message);
            this.status = status;
            this.errorCode = errorCode;
        }

        public int status() { return status; }
        public String errorCode() { return errorCode; }
    }

    /** Reset, quotas, account status and what a teammate does in the web app. */
    public WorkspaceAdmin workspace() { return workspace; }

    /** Inbound messages, reactions, reads, calls, what was sent and the credit accounting. */
    public MessagingAdmin messaging() { return messaging; }

    /** Faults, the rate limit, traffic counters and contract violations of the Public API. */
    public TrafficAdmin traffic() { return traffic; }

    /** The webhook delivery log. */
    public WebhooksAdmin webhooks() { return webhooks; }

    /** The Partner API: QR scans, quotas, settings, deliveries, contract violations, tokens. */
    public PartnerAdmin partner() { return partner; }

    /** The WhatsApp Business Platform hooks: inbound messages, service windows, template and account status. */
    public WabaAdmin waba() { return new WabaAdmin(transport); }

    // shortcuts to the parts ------------------------------------------------------------------------

    /** {@link WorkspaceAdmin#reset()}. */
    public void reset() { workspace.reset(); }

    public Quotas setQuotas(QuotaUpdate update) { return workspace.setQuotas(update); }

    public AccountStatus setAccountStatus(String accountPhone, String status) {
        return workspace.setAccountStatus(accountPhone, status);
    }

    public void setWebhookEnabled(long subscriptionId, boolean enabled) {
        workspace.setWebhookEnabled(subscriptionId, enabled);
    }

    public void deleteWebhook(long subscriptionId) { workspace.deleteWebhook(subscriptionId); }

    public void setTokenValid(boolean valid) { workspace.setTokenValid(valid); }

    public List<String> setAllAccountsConnected(boolean connected) { return workspace.setAllAccountsConnected(connected); }

    public LoggedCall logCall(CallSpec call) { return messaging.logCall(call); }

    public Inbound injectInbound(String phone, String name, String text) {
        return messaging.injectInbound(phone, name, text);
    }

    public Inbound injectInbound(String accountPhone, String phone, String name, String text) {
        return messaging.injectInbound(accountPhone, phone, name, text);
    }

    public Inbound injectInboundToChat(long chatId, String phone, String name, String text) {
        return messaging.injectInboundToChat(chatId, phone, name, text);
    }

    public Inbound injectInboundFile(String accountPhone, String phone, String name, String text, String fileUid) {
        return messaging.injectInboundFile(accountPhone, phone, name, text, fileUid);
    }

    public Inbound injectInboundFile(String accountPhone, String phone, String name, String text, String filename,
                                     String contentType, byte[] bytes) {
        return messaging.injectInboundFile(accountPhone, phone, name, text, filename, contentType, bytes);
    }

    public boolean react(String messageUid, String emoji, String phone) { return messaging.react(messageUid, emoji, phone); }

    public String markRead(String messageUid) { return messaging.markRead(messageUid); }

    public List<JsonNode> sent() { return messaging.sent(); }

    public List<SentMessage> sentMessages() { return messaging.sentMessages(); }

    public JsonNode credits() { return messaging.credits(); }

    public Credits creditBalance() { return messaging.creditBalance(); }

    public Fault addFault(FaultSpec spec) { return traffic.addFault(spec); }

    public List<Fault> faults() { return traffic.faults(); }

    public void removeFault(long id) { traffic.removeFault(id); }

    public void clearFaults() { traffic.clearFaults(); }

    public RateLimit setRateLimit(boolean enabled, int perSecond, int burst) {
        return traffic.setRateLimit(enabled, perSecond, burst);
    }

    public RateLimit setRateLimitEnabled(boolean enabled) { return traffic.setRateLimitEnabled(enabled); }

    public RateLimit rateLimit() { return traffic.rateLimit(); }

    public Stats stats() { return traffic.stats(); }

    public List<ContractViolation> contractViolations() { return traffic.contractViolations(); }

    public List<Delivery> deliveries() { return webhooks.deliveries(); }

    public List<Delivery> deliveries(String eventType) { return webhooks.deliveries(eventType); }

    public QrConnection connectQr(String qrLinkOrToken, String phone) { return partner.connectQr(qrLinkOrToken, phone); }

    public PartnerQuota useUpPartnerQuota(String workspaceId, String quota) {
        return partner.useUpPartnerQuota(workspaceId, quota);
    }

    public PartnerQuota setPartnerQuotaUsed(String workspaceId, String quota, Long used) {
        return partner.setPartnerQuotaUsed(workspaceId, quota, used);
    }

    public PartnerSettings partnerSettings() { return partner.partnerSettings(); }

    public PartnerSettings setPartnerWebhookUrl(String webhookUrl) { return partner.setPartnerWebhookUrl(webhookUrl); }

    public PartnerSettings setPartnerCredentials(String partnerId, String partnerSecret) {
        return partner.setPartnerCredentials(partnerId, partnerSecret);
    }

    public List<PartnerDelivery> partnerDeliveries(String eventType) { return partner.partnerDeliveries(eventType); }

    public List<ContractViolation> partnerContractViolations() { return partner.partnerContractViolations(); }

    public String partnerJwt() { return partner.partnerJwt(); }
}
