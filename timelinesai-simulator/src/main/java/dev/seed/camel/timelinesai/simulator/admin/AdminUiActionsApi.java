package dev.seed.camel.timelinesai.simulator.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WebhookSubscription;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What a teammate does in the TimelinesAI web app, outside the Public API: disables, enables or deletes a
 * webhook subscription, revokes and restores the API token, disconnects or reconnects every WhatsApp account.
 */
public final class AdminUiActionsApi implements RouteGroup {
    private final TimelinesAiSimulator simulator;

    public AdminUiActionsApi(TimelinesAiSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        router.post("/webhooks/:id/disable").handler(ctx -> setEnabled(ctx, context, false));
        router.post("/webhooks/:id/enable").handler(ctx -> setEnabled(ctx, context, true));
        router.delete("/webhooks/:id").handler(ctx -> {
            subscription(ctx, context).setDeleted(true);
            ApiResponses.okEmpty(ctx);
        });
        router.post("/tokens/revoke").handler(ctx -> {
            context.state().revokeToken(token(ctx));
            ApiResponses.okEmpty(ctx);
        });
        router.post("/tokens/restore").handler(ctx -> {
            context.state().addToken(token(ctx));
            ApiResponses.okEmpty(ctx);
        });
        router.post("/accounts/disconnect-all").handler(ctx -> setAll(ctx, context, false));
        router.post("/accounts/reconnect-all").handler(ctx -> setAll(ctx, context, true));
    }

    private void setEnabled(RoutingContext ctx, SimulatorContext context, boolean enabled) {
        WebhookSubscription subscription = subscription(ctx, context);
        subscription.setEnabled(enabled);
        ApiResponses.send(ctx, 200, Json.object().put("id", subscription.id()).put("enabled", enabled));
    }

    private static WebhookSubscription subscription(RoutingContext ctx, SimulatorContext context) {
        String id = ctx.pathParam("id");
        try {
            return context.state().webhook(Long.parseLong(id))
                    .orElseThrow(() -> ApiException.notFound("Webhook \"" + id + "\" not found"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Webhook \"" + id + "\" not found");
        }
    }

    /** The token named in the body, else the workspace's own. */
    private String token(RoutingContext ctx) {
        String body = ctx.body() == null ? null : ctx.body().asString();
        String token = body == null || body.isBlank() ? null : JsonRequest.of(ctx).optionalString("token", 200);
        return token != null ? token : simulator.token();
    }

    /** Every account changes (firing its whatsapp:account:* event); answers the phones that changed. */
    private static void setAll(RoutingContext ctx, SimulatorContext context, boolean connect) {
        SimulatorState state = context.state();
        ArrayNode changed = Json.array();
        for (WhatsAppAccount account : state.accounts()) {
            if (account.isActive() != connect) {
                account.setStatus(connect ? "active" : "disconnected", state.now());
                state.events().accountChanged(account, connect ? "connected" : "disconnected");
                changed.add(account.phone());
            }
        }
        ApiResponses.send(ctx, 200, Json.object().set("changed", changed));
    }
}
