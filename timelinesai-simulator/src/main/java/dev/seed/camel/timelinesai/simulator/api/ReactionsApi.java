package dev.seed.camel.timelinesai.simulator.api;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.messaging.Reactions;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /messages/{message_uid}/reactions} and {@code PATCH} with {@code {reaction}}: the workspace's
 * own account (the chat's) sets its reaction, or clears it with {@code ""}.
 */
public final class ReactionsApi implements RouteGroup {
    static final int REACTION_MAX = 50;

    @Override
    public void register(Router router, SimulatorContext context) {
        router.get("/messages/:message_uid/reactions").handler(ctx ->
                ApiResponses.ok(ctx, MessageJson.reactions(Lookups.message(ctx, context.state()))));
        router.patch("/messages/:message_uid/reactions").handler(ctx -> react(ctx, context.state()));
    }

    private static void react(RoutingContext ctx, SimulatorState state) {
        Message message = Lookups.message(ctx, state);
        JsonRequest body = JsonRequest.of(ctx);
        String emoji = body.optionalString("reaction", REACTION_MAX);
        if (emoji == null) {
            throw ApiException.validation("reaction", "Missing data for required field.");
        }
        if (!emoji.isEmpty() && emoji.isBlank()) {
            throw ApiException.validation("reaction", "Not a valid emoji.");
        }
        Chat chat = state.chat(message.chatId()).orElseThrow(() -> Lookups.chatNotFound(message.chatId()));
        WhatsAppAccount own = state.account(chat.accountId())
                .orElseThrow(() -> ApiException.badRequest("No connected WhatsApp account"));
        SendRequests.requireConnected(own);
        Reactions.apply(state, chat, message, own.accountName(), own.phone(), emoji, true);
        ApiResponses.ok(ctx, Json.object().put("message_uid", message.uid()));
    }
}
