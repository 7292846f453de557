package dev.seed.camel.timelinesai.simulator.admin;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.api.WhatsAppAccountsApi;
import dev.seed.camel.timelinesai.simulator.events.CallPayloads;
import dev.seed.camel.timelinesai.simulator.events.SimulatorEvents.CallFacts;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Admin endpoints that make things happen on the WhatsApp side: an account changes status
 * ({@code whatsapp:account:*}) or a call is logged ({@code call:*}).
 */
public final class AdminEventsApi implements RouteGroup {
    /** Admin status word to the account status it leaves. */
    private static final Map<String, String> ACCOUNT_STATUS = Map.of(
            "connected", "active", "disconnected", "disconnected", "suspended", "suspended", "resumed", "active");

    @Override
    public void register(Router router, SimulatorContext context) {
        router.post("/accounts/:phone/status").handler(ctx -> setAccountStatus(ctx, context));
        router.post("/calls").handler(ctx -> logCall(ctx, context));
    }

    private void setAccountStatus(RoutingContext ctx, SimulatorContext context) {
        SimulatorState state = context.state();
        String phone = ctx.pathParam("phone");
        WhatsAppAccount account = state.accountByPhone(phone)
                .orElseThrow(() -> ApiException.notFound("WhatsApp account \"" + phone + "\" not found"));
        String event = JsonRequest.of(ctx).requiredString("status", 20).toLowerCase(Locale.ROOT);
        String newStatus = ACCOUNT_STATUS.get(event);
        if (newStatus == null) {
            throw ApiException.validation("status", "Must be one of: connected, disconnected, suspended, resumed.");
        }
        if (event.equals("resumed") && !account.status().equals("suspended")) {
            throw ApiException.badRequest("Only a suspended account can be resumed; this one is " + account.status());
        }
        if (event.equals("suspended") && !account.isActive()) {
            throw ApiException.badRequest("Only an active account can be suspended; this one is " + account.status());
        }
        account.setStatus(newStatus, state.now());
        state.events().accountChanged(account, event);
        ObjectNode body = WhatsAppAccountsApi.toJson(account, context.timestamps()).put("status", account.status());
        body.put("event_type", "whatsapp:account:" + event);
        ApiResponses.send(ctx, 200, body);
    }

    private void logCall(RoutingContext ctx, SimulatorContext context) {
        SimulatorState state = context.state();
        JsonRequest body = JsonRequest.of(ctx);
        String phone = body.requiredString("phone", 40);
        String digits = SimulatorState.digits(phone);
        if (digits.length() < 7 || digits.length() > 15) {
            throw ApiException.validation("phone", "Not a valid phone number.");
        }
        String direction = body.requiredString("direction", 20).toLowerCase(Locale.ROOT);
        String status = body.requiredString("status", 20);
        String eventType;
        try {
            eventType = CallPayloads.eventType(direction, status);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(direction.equals("incoming") || direction.equals("outgoing")
                    ? "status" : "direction", e.getMessage());
        }
        boolean video = Boolean.TRUE.equals(body.optionalBoolean("video"));
        Long duration = body.optionalLong("duration", 0, 86_400);
        String name = body.optionalString("name", 256);
        String accountPhone = body.optionalString("account_phone", 40);

        String jid = digits + "@s.whatsapp.net";
        WhatsAppAccount account = accountPhone != null
                ? state.accountByPhone(accountPhone).orElseThrow(
                        () -> ApiException.notFound("WhatsApp account \"" + accountPhone + "\" not found"))
                : state.chats().stream().filter(c -> c.jid().equals(jid)).findFirst()
                        .flatMap(c -> state.account(c.accountId()))
                        .or(state::defaultSender)
                        .orElseThrow(() -> ApiException.badRequest("No active WhatsApp account to take the call"));
        Instant now = state.now();
        boolean incoming = direction.equals("incoming");
        Chat chat = state.chatByJid(account.id(), jid).orElseGet(() -> state.addChat(
                new Chat(state.nextChatId(), jid, false, account.id(), name != null ? name : "+" + digits,
                        "+" + digits, now), incoming));

        Message.Builder call = Message.builder(SimulatorState.newUid(), chat.id(), now)
                .fromMe(!incoming).origin("WhatsApp").messageType("whatsapp_call");
        if (incoming) {
            call.sender(chat.phone(), chat.name()).recipient(account.phone(), account.accountName());
        } else {
            call.sender(account.phone(), account.accountName()).recipient(chat.phone(), chat.name());
        }
        Message entry = call.build();
        entry.addStatus(status.toLowerCase(Locale.ROOT), now, null);
        state.storeMessage(chat, entry);
        state.events().callLogged(chat, entry,
                new CallFacts(direction, video, status, duration == null ? null : duration.intValue()));
        ApiResponses.send(ctx, 200, Json.object().put("message_uid", entry.uid()).put("chat_id", chat.id())
                .put("event_type", eventType));
    }
}
