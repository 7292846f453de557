package dev.seed.camel.timelinesai.simulator.api;

import java.nio.charset.StandardCharsets;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.messaging.Messaging;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /chats/{chat_id}/notes}: an internal note, JSON {@code {text, is_private}} or raw
 * {@code text/plain}. Notes join the chat history as {@code message_type: note} and never reach WhatsApp, so
 * they fire no message events.
 */
public final class NotesApi implements RouteGroup {
    static final int NOTE_MAX = 10_000;
    private final Messaging messaging;

    public NotesApi(Messaging messaging) {
        this.messaging = messaging;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        router.post("/chats/:chat_id/notes").handler(ctx -> add(ctx, context));
    }

    private void add(RoutingContext ctx, SimulatorContext context) {
        SimulatorState state = context.state();
        Chat chat = Lookups.chat(ctx, state);
        String contentType = ctx.request().getHeader("Content-Type");
        String text;
        boolean isPrivate = true;
        if (contentType != null && contentType.toLowerCase().startsWith("text/plain")) {
            text = plainText(ctx);
        } else {
            JsonRequest body = JsonRequest.of(ctx);
            text = body.requiredString("text", NOTE_MAX);
            Boolean flag = body.optionalBoolean("is_private");
            isPrivate = flag == null || flag;
        }
        WhatsAppAccount account = state.account(chat.accountId()).orElse(null);
        Message note = Message.builder(SimulatorState.newUid(), chat.id(), state.now())
                .fromMe(true).text(text).messageType(MessageJson.NOTE).origin("Public API")
                .createdBy(TokenOwner.displayName(state))
                .sender(account == null ? "" : account.phone(), account == null ? "" : account.accountName())
                .recipient(chat.isGroup() ? "" : chat.phone(), chat.name())
                .build();
        note.addStatus("Sent", note.timestamp(), null);
        messaging.notePrivacy().record(note.uid(), isPrivate);
        state.storeMessage(chat, note);
        ApiResponses.ok(ctx, Json.object().put("message_uid", note.uid()));
    }

    private static String plainText(RoutingContext ctx) {
        byte[] bytes = ctx.body() == null || ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        JsonRequest.checkString("text", text, NOTE_MAX);
        if (text.isBlank()) {
            throw ApiException.validation("text", "Field may not be blank.");
        }
        return text;
    }
}
