package dev.seed.camel.timelinesai.simulator.api;

import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.PathParams;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import io.vertx.ext.web.RoutingContext;

/** Finds the chat or message a path names, or answers 404 with the API's own wording. */
public final class Lookups {
    private static final String CHAT_NOT_FOUND = "Whatsapp chat_id \"%s\" not found";
    private static final String MESSAGE_NOT_FOUND = "Message uid \"%s\" not found";

    private Lookups() {
    }

    /** The chat of path parameter {@code chat_id}. */
    public static Chat chat(RoutingContext ctx, SimulatorState state) {
        long id = PathParams.id(ctx, "chat_id", CHAT_NOT_FOUND);
        return state.chat(id).orElseThrow(() -> ApiException.notFound(String.format(CHAT_NOT_FOUND, id)));
    }

    /** The message of path parameter {@code message_uid}. */
    public static Message message(RoutingContext ctx, SimulatorState state) {
        return message(state, ctx.pathParam("message_uid"));
    }

    public static Message message(SimulatorState state, String uid) {
        return state.message(uid).orElseThrow(() -> messageNotFound(uid));
    }

    public static ApiException messageNotFound(String uid) {
        return ApiException.notFound(String.format(MESSAGE_NOT_FOUND, uid));
    }

    public static ApiException chatNotFound(Object id) {
        return ApiException.notFound(String.format(CHAT_NOT_FOUND, id));
    }
}
