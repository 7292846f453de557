package dev.seed.camel.timelinesai.simulator.api;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.Paging;
import dev.seed.camel.timelinesai.simulator.http.QueryParams;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.messaging.Messaging;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /chats/{chat_id}/messages} and its {@code /v2} twin: a chat's history, notes included, 50 a page. */
public final class ChatMessagesApi implements RouteGroup {
    private final Messaging messaging;

    public ChatMessagesApi(Messaging messaging) {
        this.messaging = messaging;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        MessageJson json = new MessageJson(context, messaging.notePrivacy());
        router.get("/chats/:chat_id/messages").handler(ctx -> list(ctx, context, json));
        router.get("/v2/chats/:chat_id/messages").handler(ctx -> list(ctx, context, json));
    }

    private static void list(RoutingContext ctx, SimulatorContext context, MessageJson json) {
        Chat chat = Lookups.chat(ctx, context.state());
        QueryParams q = new QueryParams(ctx);
        int page = q.page();
        List<Message> matching = MessageFilter.apply(q, context.state().messagesOf(chat.id()),
                context.timestamps().zone());
        ObjectNode data = Json.object().put("has_more_pages", Paging.hasMorePages(matching, page));
        ArrayNode messages = data.putArray("messages");
        Paging.page(matching, page).forEach(m -> messages.add(json.info(m)));
        ApiResponses.ok(ctx, data);
    }
}
