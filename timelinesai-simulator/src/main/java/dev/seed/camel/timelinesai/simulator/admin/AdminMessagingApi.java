package dev.seed.camel.timelinesai.simulator.admin;

import java.util.Comparator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.api.Lookups;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.messaging.CreditLedger;
import dev.seed.camel.timelinesai.simulator.messaging.Messaging;
import dev.seed.camel.timelinesai.simulator.messaging.OutboundSend;
import dev.seed.camel.timelinesai.simulator.messaging.Phones;
import dev.seed.camel.timelinesai.simulator.messaging.Reactions;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.Quota;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The simulator's messaging test hooks under {@code /__admin}: inject an inbound message or a contact's
 * reaction, mark an outbound message read, and read back what was sent and what it cost.
 */
public final class AdminMessagingApi implements RouteGroup {
    private final Messaging messaging;

    public AdminMessagingApi(Messaging messaging) {
        this.messaging = messaging;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        router.post("/inbound").handler(ctx -> inbound(ctx, context.state()));
        router.post("/reactions").handler(ctx -> reaction(ctx, context.state()));
        router.post("/messages/:message_uid/read").handler(ctx -> markRead(ctx, context.state()));
        router.get("/sent").handler(this::sent);
        router.get("/credits").handler(ctx -> credits(ctx, context.state()));
    }

    /**
     * An inbound message from a contact, opening the chat (started by the contact) when it is new. The file may
     * be an uploaded one ({@code file_uid}) or inline ({@code file: {filename, content_type, base64}}).
     */
    private static void inbound(RoutingContext ctx, SimulatorState state) {
        JsonRequest body = JsonRequest.of(ctx);
        String rawPhone = body.requiredString("phone", 64);
        String name = body.optionalString("name", 256);
        String text = body.optionalString("text", 2000);
        String accountPhone = body.optionalString("account_phone", 64);
        Long chatId = body.optionalLong("chat_id", 1, Long.MAX_VALUE);
        String phone = Phones.sendable(rawPhone)
                .orElseThrow(() -> ApiException.badRequest("Wrong phone number \"" + rawPhone + "\""));
        StoredFile file = InboundAttachment.of(body, state);
        if ((text == null || text.isEmpty()) && file == null) {
            throw ApiException.badRequest("An inbound message needs text or a file");
        }
        Chat chat;
        WhatsAppAccount account;
        if (chatId != null) {
            chat = state.chat(chatId).orElseThrow(() -> Lookups.chatNotFound(chatId));
            account = state.account(chat.accountId()).orElseThrow(() -> ApiException.badRequest("Chat has no account"));
        } else {
            String jid = Phones.digits(phone) + "@s.whatsapp.net";
            chat = existingChat(state, accountPhone, jid);
            if (chat != null) {
                account = state.account(chat.accountId()).orElseThrow(() -> ApiException.badRequest("Chat has no account"));
            } else {
                account = accountPhone != null ? namedAccount(state, accountPhone)
                        : state.defaultSender().orElseThrow(() -> ApiException.badRequest("No connected WhatsApp account"));
                chat = state.addChat(new Chat(state.nextChatId(), jid, false, account.id(),
                        name != null && !name.isBlank() ? name : phone, phone, state.now()), true);
            }
        }
        String senderName = name != null && !name.isBlank() ? name : chat.isGroup() ? phone : chat.name();
        Message message = Message.builder(SimulatorState.newUid(), chat.id(), state.now())
                .fromMe(false).text(text == null || text.isEmpty() ? null : text)
                .sender(phone, senderName).recipient(account.phone(), chat.isGroup() ? chat.name() : account.accountName())
                .origin("WhatsApp").attachment(file).build();
        chat.setRead(false);
        state.addMessage(chat, message);
        ApiResponses.send(ctx, 200, Json.object().put("message_uid", message.uid()).put("chat_id", chat.id()));
    }

    /**
     * The contact's chat with {@code jid}: in the named account; with none named, in the default sender, else
     * in any account that has one. Null when the contact is new.
     */
    private static Chat existingChat(SimulatorState state, String accountPhone, String jid) {
        if (accountPhone != null) {
            return state.chatByJid(namedAccount(state, accountPhone).id(), jid).orElse(null);
        }
        return state.defaultSender().flatMap(a -> state.chatByJid(a.id(), jid))
                .or(() -> state.chats().stream().filter(c -> !c.isGroup() && c.jid().equals(jid))
                        .min(Comparator.comparingLong(Chat::id)))
                .orElse(null);
    }

    private static WhatsAppAccount namedAccount(SimulatorState state, String accountPhone) {
        return state.accountByPhone(accountPhone).orElseThrow(() ->
                ApiException.badRequest("WhatsApp account \"" + accountPhone + "\" not found in the workspace"));
    }

    /** A contact's reaction ({@code emoji ""} clears it); the reactor defaults to the chat's contact. */
    private static void reaction(RoutingContext ctx, SimulatorState state) {
        JsonRequest body = JsonRequest.of(ctx);
        String uid = body.requiredString("message_uid", 128);
        String emoji = body.optionalString("emoji", 50);
        if (emoji == null) {
            throw ApiException.validation("emoji", "Missing data for required field.");
        }
        String phone = body.optionalString("phone", 64);
        String name = body.optionalString("name", 256);
        Message message = Lookups.message(state, uid);
        Chat chat = state.chat(message.chatId()).orElseThrow(() -> Lookups.chatNotFound(message.chatId()));
        String reactorPhone = phone != null ? Phones.sendable(phone)
                .orElseThrow(() -> ApiException.badRequest("Wrong phone number \"" + phone + "\"")) : chat.phone();
        if (reactorPhone == null) {
            throw ApiException.validation("phone", "A reaction in a group chat needs the reactor's phone.");
        }
        String reactorName = name != null ? name : chat.isGroup() ? reactorPhone : chat.name();
        boolean changed = Reactions.apply(state, chat, message, reactorName, reactorPhone, emoji, false);
        ApiResponses.send(ctx, 200, Json.object().put("message_uid", uid).put("changed", changed));
    }

    /** The recipient read an outbound message: {@code Read} joins its history once it is delivered. */
    private static void markRead(RoutingContext ctx, SimulatorState state) {
        Message message = Lookups.message(ctx, state);
        if (!message.fromMe()) {
            throw ApiException.badRequest("Only outbound messages can be marked read");
        }
        synchronized (message) {
            String status = message.status();
            if (!status.equals("Read")) {
                if (!status.equals("Delivered") && !status.equals("Sent")) {
                    throw new ApiException(409, "conflict", "Message \"" + message.uid() + "\" is " + status
                            + " and can not be read yet");
                }
                message.addStatus("Read", state.now(), null);
            }
        }
        ApiResponses.send(ctx, 200, Json.object().put("message_uid", message.uid()).put("status", message.status()));
    }

    private void sent(RoutingContext ctx) {
        ArrayNode items = Json.array();
        for (OutboundSend send : messaging.outbox().accepted()) {
            Message m = send.message();
            StoredFile file = m.attachment();
            items.addObject()
                    .put("message_uid", m.uid())
                    .put("chat_id", send.chat().id())
                    .put("phone", send.phone())
                    .put("jid", send.chat().jid())
                    .put("account_phone", send.account().phone())
                    .put("text", m.text())
                    .put("file_uid", file == null ? null : file.uid())
                    .put("filename", file == null ? null : file.filename())
                    .put("credits", m.credits())
                    .put("status", m.status())
                    .put("endpoint", send.endpoint());
        }
        ApiResponses.send(ctx, 200, items);
    }

    private void credits(RoutingContext ctx, SimulatorState state) {
        Quota quota = state.workspace().messagingQuota();
        CreditLedger ledger = messaging.outbox().ledger();
        ObjectNode body = Json.object();
        body.putObject("messaging_quota").put("total", quota.total()).put("used", quota.used());
        body.put("charged", ledger.charged()).put("refunded", ledger.refunded());
        ApiResponses.send(ctx, 200, body);
    }
}
