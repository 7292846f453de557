package dev.seed.camel.timelinesai.simulator.api;

import java.util.Comparator;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.PathParams;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WebhookSubscription;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Webhook subscriptions: list (id ascending), create (idempotent on event_type + url, at most
 * {@link #MAX_SUBSCRIPTIONS} per workspace), get, partial update and delete.
 */
public final class WebhooksApi implements RouteGroup {
    /** Subscriptions a workspace may hold without the paid add-on. */
    public static final int MAX_SUBSCRIPTIONS = 10;
    static final int URL_MAX = 4096;
    private static final String NOT_FOUND = "Webhook id \"%s\" not found";

    private SimulatorState state;

    @Override
    public void register(Router router, SimulatorContext context) {
        this.state = context.state();
        router.get("/webhooks").handler(this::list);
        router.post("/webhooks").handler(this::create);
        router.get("/webhooks/:webhook_id").handler(ctx -> ApiResponses.ok(ctx, toJson(find(ctx))));
        router.put("/webhooks/:webhook_id").handler(this::update);
        router.delete("/webhooks/:webhook_id").handler(this::delete);
    }

    private void list(RoutingContext ctx) {
        ArrayNode items = Json.array();
        state.webhooks().forEach(w -> items.add(toJson(w)));
        ApiResponses.ok(ctx, items);
    }

    private void create(RoutingContext ctx) {
        JsonRequest body = JsonRequest.of(ctx);
        String eventType = WebhookEventTypes.require(body.requiredString("event_type", 256));
        String url = body.requiredString("url", URL_MAX);
        HttpUrlCheck.require("url", url);
        Boolean enabled = body.optionalBoolean("enabled");
        Optional<WebhookSubscription> match = findMatch(eventType, url, -1);
        WebhookSubscription webhook;
        if (match.isPresent()) {
            webhook = match.get();
            if (webhook.deleted()) {
                requireFreeSlot();
                webhook.setDeleted(false);
                webhook.setEnabled(true);
            } else if (!webhook.enabled()) {
                webhook.setEnabled(true);
            }
        } else {
            requireFreeSlot();
            webhook = new WebhookSubscription(state.nextWebhookId(), eventType, url, enabled == null || enabled);
            state.putWebhook(webhook);
        }
        ApiResponses.ok(ctx, toJson(webhook));
    }

    private void update(RoutingContext ctx) {
        WebhookSubscription webhook = find(ctx);
        JsonRequest body = JsonRequest.of(ctx);
        String eventType = body.has("event_type") ? WebhookEventTypes.require(body.requiredString("event_type", 256)) : null;
        String url = body.has("url") ? body.requiredString("url", URL_MAX) : null;
        if (url != null) {
            HttpUrlCheck.require("url", url);
        }
        Boolean enabled = body.optionalBoolean("enabled");
        String newType = eventType != null ? eventType : webhook.eventType();
        String newUrl = url != null ? url : webhook.url();
        findMatch(newType, newUrl, webhook.id()).filter(other -> !other.deleted()).ifPresent(other -> {
            throw ApiException.badRequest("Webhook id \"" + other.id() + "\" already delivers " + newType + " to this url");
        });
        webhook.setEventType(newType);
        webhook.setUrl(newUrl);
        if (enabled != null) {
            webhook.setEnabled(enabled);
        }
        ApiResponses.ok(ctx, toJson(webhook));
    }

    private void delete(RoutingContext ctx) {
        WebhookSubscription webhook = find(ctx);
        webhook.setDeleted(true);
        ApiResponses.okNoBody(ctx);
    }

    /** The subscription for (event type, url), a live one before a deleted one; {@code exceptId} is skipped. */
    private Optional<WebhookSubscription> findMatch(String eventType, String url, long exceptId) {
        return state.allWebhooks().stream()
                .filter(w -> w.id() != exceptId && w.eventType().equals(eventType) && w.url().equals(url))
                .min(Comparator.comparing(WebhookSubscription::deleted).thenComparingLong(WebhookSubscription::id));
    }

    private void requireFreeSlot() {
        if (state.webhooks().size() >= MAX_SUBSCRIPTIONS) {
            throw new ApiException(403, "plan_feature_unavailable", "Webhooks limit reached (" + MAX_SUBSCRIPTIONS + ")");
        }
    }

    private WebhookSubscription find(RoutingContext ctx) {
        long id = PathParams.id(ctx, "webhook_id", NOT_FOUND);
        return state.webhook(id).orElseThrow(() -> ApiException.notFound(String.format(NOT_FOUND, id)));
    }

    /** The WebhookInfo shape. */
    public static ObjectNode toJson(WebhookSubscription webhook) {
        return Json.object()
                .put("id", webhook.id())
                .put("event_type", webhook.eventType())
                .put("enabled", webhook.enabled())
                .put("url", webhook.url())
                .put("errors_counter", webhook.errorsCounter());
    }
}
