package dev.seed.camel.timelinesai.simulator.api;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.Paging;
import dev.seed.camel.timelinesai.simulator.http.QueryParams;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.messaging.Messaging;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.Teammate;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /chats} (and {@code /v2/chats}) with every filter, {@code GET} and {@code PATCH /chats/{chat_id}}. */
public final class ChatsApi implements RouteGroup {
    private final Messaging messaging;

    public ChatsApi(Messaging messaging) {
        this.messaging = messaging;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        ChatJson json = new ChatJson(context, new MessageJson(context, messaging.notePrivacy()));
        router.get("/chats").handler(ctx -> list(ctx, context, json, true));
        router.get("/v2/chats").handler(ctx -> list(ctx, context, json, false));
        router.get("/chats/:chat_id").handler(ctx ->
                ApiResponses.ok(ctx, json.info(Lookups.chat(ctx, context.state()), false)));
        router.patch("/chats/:chat_id").handler(ctx -> update(ctx, context, json));
    }

    private static void list(RoutingContext ctx, SimulatorContext context, ChatJson json, boolean v1) {
        QueryParams q = new QueryParams(ctx);
        int page = q.page();
        Boolean withMsg = q.bool("with_msg");
        List<Chat> matching = context.state().chats().stream()
                .filter(ChatFilter.from(q, context.timestamps().zone(), v1)).toList();
        ObjectNode data = Json.object().put("has_more_pages", Paging.hasMorePages(matching, page));
        ArrayNode chats = data.putArray("chats");
        for (Chat chat : Paging.page(matching, page)) {
            chats.add(json.info(chat, Boolean.TRUE.equals(withMsg)));
        }
        ApiResponses.ok(ctx, data);
    }

    private static void update(RoutingContext ctx, SimulatorContext context, ChatJson json) {
        SimulatorState state = context.state();
        Chat chat = Lookups.chat(ctx, state);
        JsonRequest body = JsonRequest.of(ctx);
        String name = body.optionalString("name", 256);
        String responsible = body.optionalString("responsible", 254);
        Boolean closed = body.optionalBoolean("closed");
        Boolean read = body.optionalBoolean("read");
        Boolean autoresponse = body.optionalBoolean("chatgpt_autoresponse_enabled");
        ChatUpdateChecks.name(name, chat.id(), n -> state.chatByName(n).map(Chat::id));
        Teammate assignee = ChatUpdateChecks.assignee(state, responsible);
        if (name != null) {
            chat.setName(name);
        }
        if (closed != null) {
            chat.setClosed(closed);
        }
        if (read != null) {
            chat.setRead(read);
        }
        if (autoresponse != null) {
            chat.setChatgptAutoresponseEnabled(autoresponse);
        }
        if (responsible != null) {
            reassign(state, chat, assignee);
        }
        ApiResponses.ok(ctx, json.info(chat, false));
    }

    /** Applies a new responsible (null = unassign) and fires the matching event if anything changed. */
    private static void reassign(SimulatorState state, Chat chat, Teammate assignee) {
        String previousName = chat.responsibleName();
        String previousEmail = chat.responsibleEmail();
        if (assignee == null) {
            if (previousEmail != null) {
                chat.setResponsible(null, null);
                state.events().chatUnassigned(chat, previousName, previousEmail);
            }
        } else if (!assignee.email().equalsIgnoreCase(previousEmail == null ? "" : previousEmail)) {
            chat.setResponsible(assignee.email(), assignee.displayName());
            state.events().chatAssigned(chat, previousName, previousEmail);
        }
    }
}
