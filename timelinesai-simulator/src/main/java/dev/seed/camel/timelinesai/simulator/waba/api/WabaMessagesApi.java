package dev.seed.camel.timelinesai.simulator.waba.api;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.api.MessageFilter;
import dev.seed.camel.timelinesai.simulator.api.MessageJson;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.QueryParams;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.messaging.Phones;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.waba.WabaAccount;
import dev.seed.camel.timelinesai.simulator.waba.WabaChat;
import dev.seed.camel.timelinesai.simulator.waba.WabaMessage;
import dev.seed.camel.timelinesai.simulator.waba.WabaState;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Reading WABA messages: a chat's history ({@code GET /waba/chats/{chat_id}/messages}, the QR filters plus
 * {@code size}), one message, its status history, and its reactions ({@code GET}; {@code PATCH} sets or clears
 * the account's own reaction, 409 {@code account_inactive} when the account is not active).
 */
public final class WabaMessagesApi implements RouteGroup {
    private static final int REACTION_MAX = 50;

    @Override
    public void register(Router router, SimulatorContext context) {
        WabaJson json = new WabaJson(context);
        WabaState waba = context.state().waba();
        router.get("/waba/chats/:chat_id/messages").handler(ctx -> list(ctx, context, json));
        router.get("/waba/messages/:message_uid").handler(ctx ->
                ApiResponses.ok(ctx, json.message(WabaLookups.message(ctx, waba))));
        router.get("/waba/messages/:message_uid/status_history").handler(ctx ->
                ApiResponses.ok(ctx, json.statusHistory(WabaLookups.message(ctx, waba))));
        router.get("/waba/messages/:message_uid/reactions").handler(ctx ->
                ApiResponses.ok(ctx, MessageJson.reactions(WabaLookups.message(ctx, waba).message())));
        router.patch("/waba/messages/:message_uid/reactions").handler(ctx -> react(ctx, waba));
    }

    private static void list(RoutingContext ctx, SimulatorContext context, WabaJson json) {
        WabaState waba = context.state().waba();
        WabaChat chat = WabaLookups.chat(ctx, waba);
        QueryParams q = new QueryParams(ctx);
        WabaPaging paging = WabaPaging.withSize(q);
        List<Message> history = waba.messagesOf(chat.id()).stream().map(WabaMessage::message).toList();
        List<Message> matching = MessageFilter.apply(q, history, context.timestamps().zone());
        ObjectNode data = Json.object().put("has_more_pages", paging.hasMore(matching));
        ArrayNode messages = data.putArray("messages");
        paging.items(matching).forEach(m -> waba.message(m.uid()).ifPresent(w -> messages.add(json.message(w))));
        ApiResponses.ok(ctx, data);
    }

    private static void react(RoutingContext ctx, WabaState waba) {
        WabaMessage message = WabaLookups.message(ctx, waba);
        String emoji = JsonRequest.of(ctx).optionalString("reaction", REACTION_MAX);
        if (emoji == null) {
            throw ApiException.validation("reaction", "Missing data for required field.");
        }
        if (!emoji.isEmpty() && emoji.isBlank()) {
            throw ApiException.validation("reaction", "Not a valid emoji.");
        }
        WabaAccount account = WabaLookups.account(waba, message.wabaAccountId());
        WabaLookups.requireActive(account);
        Message m = message.message();
        String key = Phones.digits(account.phone());
        synchronized (m) {
            if (emoji.isEmpty()) {
                m.reactions().remove(key);
            } else {
                m.reactions().put(key, new Message.Reaction(account.accountName(), account.phone(), emoji, true));
            }
        }
        ApiResponses.ok(ctx, Json.object().put("message_uid", m.uid()));
    }
}
