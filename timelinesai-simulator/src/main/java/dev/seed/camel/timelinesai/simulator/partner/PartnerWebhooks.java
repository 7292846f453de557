package dev.seed.camel.timelinesai.simulator.partner;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.Timestamps;
import dev.seed.camel.timelinesai.simulator.events.WebhookDispatcher;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.state.Quota;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import dev.seed.camel.timelinesai.simulator.state.Workspace;
import io.vertx.core.buffer.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns partner workspace changes into partner webhooks: a flat JSON body ({@code workspace_id},
 * {@code partner_id}, {@code event_type}, {@code triggered_at} and the event's fields) POSTed to the partner's
 * webhook URL with {@code X-TL-Partner-Id} and a fresh {@code X-TL-Signature} JWT per attempt, through the
 * {@link WebhookDispatcher}'s timeout and retries. Only for workspaces the partner manages; none without a URL.
 */
public final class PartnerWebhooks implements PartnerEventSink {
    /** The eight partner event types. */
    public static final List<String> EVENT_TYPES = List.of("workspace:seats_full",
            "workspace:quota_near_full:messaging", "workspace:quota_full:messaging",
            "workspace:quota_full:transactions", "workspace:quota_full:api_calls",
            "whatsapp_account:connected", "whatsapp_account:disconnected", "api_token:rotated");
    /** How many delivery attempts the log keeps. */
    static final int LOG_CAPACITY = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(PartnerWebhooks.class);

    private final SimulatorState state;
    private final PartnerSettings settings;
    private final WebhookDispatcher dispatcher;
    private final Deque<PartnerDelivery> log = new ArrayDeque<>();
    private final AtomicLong attemptIds = new AtomicLong();

    public PartnerWebhooks(SimulatorState state, PartnerSettings settings, WebhookDispatcher dispatcher) {
        this.state = state;
        this.settings = settings;
        this.dispatcher = dispatcher;
    }

    @Override
    public void seatsFull(PartnerWorkspace workspace) {
        Quota seats = workspace.workspace().seats();
        fire(workspace, "workspace:seats_full", body -> body.put("seats_purchased", seats.total())
                .put("seats_available", seats.remaining()));
    }

    @Override
    public void messagingQuotaReached(PartnerWorkspace workspace, int percent) {
        Workspace ws = workspace.workspace();
        Quota quota = ws.messagingQuota();
        long total = quota.total();
        long used = quota.used();
        String eventType = percent >= 100 ? "workspace:quota_full:messaging" : "workspace:quota_near_full:messaging";
        fire(workspace, eventType, body -> period(ws, body.put("messaging_quota_total", total)
                .put("messaging_quota_used", used)
                .put("utilization_pct", (int) Math.min(100, total <= 0 ? 100 : used * 100 / total))));
    }

    @Override
    public void apiCallsQuotaFull(PartnerWorkspace workspace) {
        Workspace ws = workspace.workspace();
        Quota quota = ws.apiCallsQuota();
        fire(workspace, "workspace:quota_full:api_calls", body -> period(ws, body.put("api_calls_limit", quota.total())
                .put("api_calls_used", quota.used())));
    }

    @Override
    public void transactionsQuotaFull(PartnerWorkspace workspace) {
        fire(workspace, "workspace:quota_full:transactions", body -> period(workspace.workspace(), body));
    }

    @Override
    public void accountConnected(PartnerWorkspace workspace, long userId, WhatsAppAccount account) {
        fire(workspace, "whatsapp_account:connected", body -> body
                .put("whatsapp_account_id", workspace.accountNumber(account))
                .put("phone_number_e164", account.phone())
                .put("user_id", userId));
    }

    @Override
    public void accountDisconnected(PartnerWorkspace workspace, long userId, WhatsAppAccount account, String reason) {
        fire(workspace, "whatsapp_account:disconnected", body -> body
                .put("whatsapp_account_id", workspace.accountNumber(account))
                .put("phone_number_e164", account.phone())
                .put("user_id", userId)
                .put("disconnected_at", Timestamps.iso(account.disconnectedOn()))
                .put("reason", reason));
    }

    @Override
    public void tokenRotated(PartnerWorkspace workspace, Instant rotatedAt) {
        fire(workspace, "api_token:rotated", body -> body.put("rotated_at", Timestamps.iso(rotatedAt)));
    }

    private static ObjectNode period(Workspace workspace, ObjectNode body) {
        return body.put("current_period_start", Timestamps.iso(workspace.periodStart().toInstant()))
                .put("current_period_end", Timestamps.iso(workspace.periodEnd().toInstant().minusSeconds(1)));
    }

    private interface Fields {
        void addTo(ObjectNode body);
    }

    private void fire(PartnerWorkspace workspace, String eventType, Fields fields) {
        String url = settings.webhookUrl();
        if (url == null || !workspace.manageable()) {
            return;
        }
        String partnerId = settings.partnerId();
        ObjectNode payload = Json.object()
                .put("workspace_id", workspace.workspaceId())
                .put("partner_id", partnerId)
                .put("event_type", eventType)
                .put("triggered_at", Timestamps.iso(state.now()));
        fields.addTo(payload);
        Buffer body;
        try {
            body = Buffer.buffer(Json.MAPPER.writeValueAsBytes(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a " + eventType + " payload", e);
        }
        String secret = settings.secret();
        dispatcher.send(() -> url,
                () -> Map.of("X-TL-Partner-Id", partnerId, "X-TL-Signature", PartnerJwt.sign(partnerId, secret, state.now())),
                body, () -> true, outcome -> {
                    record(new PartnerDelivery(attemptIds.incrementAndGet(), eventType, workspace.workspaceId(),
                            outcome.url(), outcome.attempt(), outcome.statusCode(), outcome.error(), outcome.success(),
                            outcome.lastAttempt(), payload, outcome.startedAt(), outcome.finishedAt()));
                    if (outcome.lastAttempt() && !outcome.success()) {
                        LOG.info("Partner webhook {} for {} failed after {} attempts: {}", eventType,
                                workspace.workspaceId(), outcome.attempt(), outcome.statusCode() != null
                                        ? "HTTP " + outcome.statusCode() : outcome.error());
                    }
                });
    }

    private synchronized void record(PartnerDelivery delivery) {
        if (log.size() == LOG_CAPACITY) {
            log.removeFirst();
        }
        log.addLast(delivery);
    }

    /** Recent attempts of one event type (every attempt when {@code eventType} is null), oldest first. */
    public synchronized List<PartnerDelivery> deliveries(String eventType) {
        return log.stream().filter(d -> eventType == null || d.eventType().equals(eventType))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    public synchronized void clear() {
        log.clear();
    }
}
