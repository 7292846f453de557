package dev.seed.camel.timelinesai.simulator.api;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.messaging.Outbox;
import dev.seed.camel.timelinesai.simulator.messaging.Phones;
import dev.seed.camel.timelinesai.simulator.messaging.SendContent;
import dev.seed.camel.timelinesai.simulator.messaging.SendPlan;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The JSON send endpoints: into a chat ({@code /chats/{chat_id}/messages}, v1 and v2), to a phone
 * ({@code /messages}, v1 and v2), to a JID ({@code /messages/to_jid}) and the deprecated
 * {@code /messages/to_chat_name}. Each answers {@code {message_uid}} at once; the outbox sends later.
 */
public final class SendApi implements RouteGroup {
    private static final Pattern CONTACT_JID = Pattern.compile("^([0-9]{7,15})@(s\\.whatsapp\\.net|c\\.us)$");
    private static final Pattern GROUP_JID = Pattern.compile("^[0-9][0-9-]*@g\\.us$");
    private final Outbox outbox;

    public SendApi(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        SendRequests requests = new SendRequests(context.state());
        router.post("/chats/:chat_id/messages").handler(ctx ->
                intoChat(ctx, context, requests, true, "POST /chats/{chat_id}/messages"));
        router.post("/v2/chats/:chat_id/messages").handler(ctx ->
                intoChat(ctx, context, requests, false, "POST /v2/chats/{chat_id}/messages"));
        router.post("/messages").handler(ctx -> toPhone(ctx, context, requests, "POST /messages"));
        router.post("/v2/messages").handler(ctx -> toPhone(ctx, context, requests, "POST /v2/messages"));
        router.post("/messages/to_jid").handler(ctx -> toJid(ctx, context, requests));
        router.post("/messages/to_chat_name").handler(ctx -> toChatName(ctx, context, requests));
    }

    private void intoChat(RoutingContext ctx, SimulatorContext context, SendRequests requests, boolean withReply,
                          String endpoint) {
        Chat chat = Lookups.chat(ctx, context.state());
        JsonRequest body = JsonRequest.of(ctx);
        SendRequests.RawContent raw = requests.read(body, withReply);
        WhatsAppAccount account = requests.senderOf(chat);
        accept(ctx, SendPlan.intoChat(account, chat, requests.resolve(raw, account), endpoint));
    }

    private void toPhone(RoutingContext ctx, SimulatorContext context, SendRequests requests, String endpoint) {
        JsonRequest body = JsonRequest.of(ctx);
        String rawPhone = body.requiredString("phone", 64);
        SendRequests.RawContent raw = requests.read(body, false);
        String phone = Phones.sendable(rawPhone)
                .orElseThrow(() -> ApiException.badRequest("Wrong phone number \"" + rawPhone + "\""));
        WhatsAppAccount named = requests.namedSender(body);
        WhatsAppAccount account = named != null ? named : requests.defaultSender();
        SendContent content = requests.resolve(raw, account);
        accept(ctx, toContact(context.state(), account, phone, content, endpoint));
    }

    private void toJid(RoutingContext ctx, SimulatorContext context, SendRequests requests) {
        String endpoint = "POST /messages/to_jid";
        JsonRequest body = JsonRequest.of(ctx);
        String jid = body.requiredString("jid", SendRequests.ID_MAX).trim();
        SendRequests.RawContent raw = requests.read(body, true);
        Matcher contact = CONTACT_JID.matcher(jid);
        boolean group = GROUP_JID.matcher(jid).matches();
        if (!contact.matches() && !group) {
            throw ApiException.badRequest("Wrong jid \"" + jid + "\"");
        }
        WhatsAppAccount named = requests.namedSender(body);
        SimulatorState state = context.state();
        if (group) {
            Chat chat = groupChat(state, requests, named, jid);
            WhatsAppAccount account = requests.senderOf(chat);
            accept(ctx, SendPlan.intoChat(account, chat, requests.resolve(raw, account), endpoint));
            return;
        }
        WhatsAppAccount account = named != null ? named : requests.defaultSender();
        SendContent content = requests.resolve(raw, account);
        accept(ctx, toContact(state, account, "+" + contact.group(1), content, endpoint));
    }

    /**
     * The group a JID names: in the named account, or, with no sender named, preferably in the default
     * sender, else in any connected account holding it (a group cannot be opened by sending to it).
     */
    private static Chat groupChat(SimulatorState state, SendRequests requests, WhatsAppAccount named, String jid) {
        Optional<Chat> chat;
        if (named != null) {
            chat = state.chatByJid(named.id(), jid);
        } else {
            WhatsAppAccount fallback = requests.defaultSender();
            chat = state.chatByJid(fallback.id(), jid).or(() -> state.chats().stream()
                    .filter(c -> c.jid().equals(jid))
                    .filter(c -> state.account(c.accountId()).map(WhatsAppAccount::isActive).orElse(false))
                    .min(Comparator.comparingLong(Chat::id)));
        }
        return chat.orElseThrow(() -> ApiException.notFound("Whatsapp chat with jid \"" + jid + "\" not found"));
    }

    private void toChatName(RoutingContext ctx, SimulatorContext context, SendRequests requests) {
        JsonRequest body = JsonRequest.of(ctx);
        String name = body.requiredString("chat_name", 256);
        SendRequests.RawContent raw = requests.read(body, true);
        Chat chat = context.state().chatByName(name)
                .orElseThrow(() -> ApiException.notFound("Whatsapp chat \"" + name + "\" not found"));
        WhatsAppAccount account = requests.senderOf(chat);
        ctx.response().putHeader("Deprecation", "true");
        accept(ctx, SendPlan.intoChat(account, chat, requests.resolve(raw, account), "POST /messages/to_chat_name"));
    }

    /** A send to a contact number: into the account's chat with it, or into a chat opened for it. */
    private static SendPlan toContact(SimulatorState state, WhatsAppAccount account, String phone, SendContent content,
                                      String endpoint) {
        String jid = Phones.digits(phone) + "@s.whatsapp.net";
        return state.chatByJid(account.id(), jid)
                .map(chat -> {
                    if (!chat.allowedToMessage()) {
                        throw ApiException.badRequest("Sending messages to chat \"" + chat.id() + "\" is not allowed");
                    }
                    return SendPlan.intoChat(account, chat, content, endpoint);
                })
                .orElseGet(() -> SendPlan.toNewChat(account, phone, content, endpoint));
    }

    private void accept(RoutingContext ctx, SendPlan plan) {
        Message message = outbox.accept(plan);
        ApiResponses.ok(ctx, Json.object().put("message_uid", message.uid()));
    }
}
