package dev.seed.camel.timelinesai.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import static dev.seed.camel.timelinesai.simulator.AdminTransport.encode;

/**
 * The webhook delivery log of the admin API. Get one from {@link SimulatorAdminClient#webhooks()}.
 */
public final class WebhooksAdmin {
    private final AdminTransport transport;

    WebhooksAdmin(AdminTransport transport) {
        this.transport = transport;
    }

    /** One webhook delivery attempt. */
    public record Delivery(long id, String eventType, long subscriptionId, String url, int attempt,
                           Integer statusCode, String error, boolean success, boolean lastAttempt, JsonNode payload,
                           Instant startedAt, Instant finishedAt) {
    }

    /** Every recent delivery attempt, oldest first. */
    public List<Delivery> deliveries() {
        return deliveries(null);
    }

    /** Recent delivery attempts of one event type, oldest first. */
    public List<Delivery> deliveries(String eventType) {
        String query = eventType == null ? "" : "?event_type=" + encode(eventType);
        List<Delivery> list = new ArrayList<>();
        for (JsonNode n : transport.call("GET", "/deliveries" + query, null)) {
            list.add(new Delivery(n.path("id").asLong(), n.path("event_type").asText(), n.path("subscription_id").asLong(),
                    n.path("url").asText(), n.path("attempt").asInt(),
                    n.path("status_code").isNumber() ? n.path("status_code").asInt() : null,
                    n.path("error").isTextual() ? n.path("error").asText() : null,
                    n.path("success").asBoolean(), n.path("last_attempt").asBoolean(), n.path("payload"),
                    Instant.parse(n.path("started_at").asText()), Instant.parse(n.path("finished_at").asText())));
        }
        return list;
    }
}
