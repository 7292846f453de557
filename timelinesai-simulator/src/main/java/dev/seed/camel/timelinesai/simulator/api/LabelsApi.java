package dev.seed.camel.timelinesai.simulator.api;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** {@code /chats/{chat_id}/labels}: {@code GET} lists, {@code POST} replaces the whole set, {@code PUT} adds. */
public final class LabelsApi implements RouteGroup {
    static final int LABEL_MAX = 64;

    @Override
    public void register(Router router, SimulatorContext context) {
        router.get("/chats/:chat_id/labels").handler(ctx -> ApiResponses.ok(ctx, labels(Lookups.chat(ctx, context.state()))));
        router.post("/chats/:chat_id/labels").handler(ctx -> change(ctx, Lookups.chat(ctx, context.state()), true));
        router.put("/chats/:chat_id/labels").handler(ctx -> change(ctx, Lookups.chat(ctx, context.state()), false));
    }

    /** Replaces ({@code replace}) or adds to a chat's labels from the request body, answering the new set. */
    public static void change(RoutingContext ctx, Chat chat, boolean replace) {
        List<String> wanted = JsonRequest.of(ctx).requiredStringList("labels", LABEL_MAX);
        for (String label : wanted) {
            if (label.isBlank()) {
                throw ApiException.validation("labels", "Label may not be blank.");
            }
        }
        synchronized (chat) {
            if (replace) {
                chat.labels().clear();
            }
            chat.labels().addAll(wanted);
        }
        ApiResponses.ok(ctx, labels(chat));
    }

    /** A chat's labels as the API answers them. */
    public static ObjectNode labels(Chat chat) {
        ObjectNode data = Json.object();
        ArrayNode items = data.putArray("labels");
        synchronized (chat) {
            chat.labels().forEach(items::add);
        }
        return data;
    }
}
