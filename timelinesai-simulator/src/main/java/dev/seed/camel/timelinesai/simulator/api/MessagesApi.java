package dev.seed.camel.timelinesai.simulator.api;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.messaging.Messaging;
import io.vertx.ext.web.Router;

/** {@code GET /messages/{message_uid}} and {@code GET /messages/{message_uid}/status_history}. */
public final class MessagesApi implements RouteGroup {
    private final Messaging messaging;

    public MessagesApi(Messaging messaging) {
        this.messaging = messaging;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        MessageJson json = new MessageJson(context, messaging.notePrivacy());
        router.get("/messages/:message_uid").handler(ctx ->
                ApiResponses.ok(ctx, json.info(Lookups.message(ctx, context.state()))));
        router.get("/messages/:message_uid/status_history").handler(ctx ->
                ApiResponses.ok(ctx, json.statusHistory(Lookups.message(ctx, context.state()))));
    }
}
