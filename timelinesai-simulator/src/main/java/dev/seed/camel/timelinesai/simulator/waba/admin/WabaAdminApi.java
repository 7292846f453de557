package dev.seed.camel.timelinesai.simulator.waba.admin;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.api.Lookups;
import dev.seed.camel.timelinesai.simulator.admin.InboundAttachment;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.PathParams;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.messaging.Phones;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import dev.seed.camel.timelinesai.simulator.waba.WabaAccount;
import dev.seed.camel.timelinesai.simulator.waba.WabaAnalytics;
import dev.seed.camel.timelinesai.simulator.waba.WabaChat;
import dev.seed.camel.timelinesai.simulator.waba.WabaEvents;
import dev.seed.camel.timelinesai.simulator.waba.WabaIds;
import dev.seed.camel.timelinesai.simulator.waba.WabaMessage;
import dev.seed.camel.timelinesai.simulator.waba.WabaState;
import dev.seed.camel.timelinesai.simulator.waba.WabaTemplate;
import dev.seed.camel.timelinesai.simulator.waba.api.WabaLookups;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The WABA test hooks under {@code /__admin/waba}: a contact writes (opens the 24-hour window), a chat's window
 * moves, Meta changes a template's or an account's status, a recipient reads a message, and the analytics
 * delay. Each fires the {@code waba:*} event the change stands for.
 */
public final class WabaAdminApi implements RouteGroup {
    private static final long MAX_WINDOW_SECONDS = 86_400;
    private static final String TEMPLATE_NOT_FOUND = "WABA template \"%s\" not found";
    private final WabaEvents events;
    private final WabaAnalytics analytics;

    public WabaAdminApi(WabaEvents events, WabaAnalytics analytics) {
        this.events = events;
        this.analytics = analytics;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        SimulatorState state = context.state();
        router.post("/waba/inbound").handler(ctx -> inbound(ctx, state));
        router.post("/waba/chats/:chat_id/window").handler(ctx -> window(ctx, context));
        router.post("/waba/templates/:template_id/status").handler(ctx -> templateStatus(ctx, state.waba()));
        router.post("/waba/accounts/:account_id/status").handler(ctx -> accountStatus(ctx, state));
        router.post("/waba/messages/:message_uid/read").handler(ctx -> markRead(ctx, state));
        router.get("/waba/settings").handler(ctx -> ApiResponses.send(ctx, 200, settings()));
        router.put("/waba/settings").handler(this::putSettings);
    }

    /**
     * A contact writes to a WABA account: into {@code chat_id}, or into the account's chat with {@code phone}
     * (opened, with {@code waba:chat:incoming}, when new). Opens the window and fires {@code waba:message:received}.
     */
    private void inbound(RoutingContext ctx, SimulatorState state) {
        JsonRequest body = JsonRequest.of(ctx);
        WabaState waba = state.waba();
        Long chatId = body.optionalLong("chat_id", 1, Long.MAX_VALUE);
        Long accountId = body.optionalLong("waba_account_id", 1, Long.MAX_VALUE);
        String rawPhone = body.optionalString("phone", 64);
        String name = body.optionalString("name", 256);
        String text = body.optionalString("text", 4096);
        StoredFile file = InboundAttachment.of(body, state);
        if ((text == null || text.isEmpty()) && file == null) {
            throw ApiException.badRequest("An inbound message needs text or a file");
        }
        WabaChat chat;
        boolean created = false;
        if (chatId != null) {
            chat = waba.chat(chatId).orElseThrow(() -> WabaLookups.chatNotFound(chatId));
        } else {
            if (accountId == null || rawPhone == null) {
                throw ApiException.badRequest("Give chat_id, or waba_account_id and phone");
            }
            String phone = Phones.sendable(rawPhone)
                    .orElseThrow(() -> ApiException.badRequest("Wrong phone number \"" + rawPhone + "\""));
            WabaAccount account = WabaLookups.account(waba, accountId);
            chat = waba.chatWith(account.id(), phone).orElse(null);
            if (chat == null) {
                chat = new WabaChat(new Chat(state.nextChatId(), Phones.digits(phone) + "@s.whatsapp.net", false,
                        WabaIds.chatAccountKey(account.id()), name != null && !name.isBlank() ? name : phone, phone,
                        state.now()), account.id());
                waba.putChat(chat);
                created = true;
            }
        }
        WabaAccount account = WabaLookups.account(waba, chat.wabaAccountId());
        WabaLookups.requireActive(account);
        Instant now = state.now();
        Message message = Message.builder(SimulatorState.newUid(), chat.id(), now).fromMe(false)
                .text(text == null || text.isEmpty() ? null : text)
                .sender(chat.phone(), name != null && !name.isBlank() ? name : chat.chat().name())
                .recipient(account.phone(), account.accountName()).origin("WhatsApp").attachment(file).build();
        WabaMessage stored = new WabaMessage(message, account.id(), null);
        chat.customerWrote(now);
        chat.chat().setRead(false);
        waba.storeMessage(chat, stored);
        if (created) {
            events.chatCreated(chat, true);
        }
        events.messageReceived(chat, stored);
        ApiResponses.send(ctx, 200, Json.object().put("message_uid", message.uid()).put("chat_id", chat.id()));
    }

    /** Moves the end of a chat's window to {@code expires_in_seconds} from now (0 closes it now). */
    private static void window(RoutingContext ctx, SimulatorContext context) {
        SimulatorState state = context.state();
        long id = PathParams.id(ctx, "chat_id", "WABA chat_id \"%s\" not found");
        WabaChat chat = state.waba().chat(id).orElseThrow(() -> WabaLookups.chatNotFound(id));
        Long seconds = JsonRequest.of(ctx).optionalLong("expires_in_seconds", 0, MAX_WINDOW_SECONDS);
        if (seconds == null) {
            throw ApiException.validation("expires_in_seconds", "Missing data for required field.");
        }
        Instant now = state.now();
        chat.setWindowExpiresAt(now.plus(Duration.ofSeconds(seconds)));
        ObjectNode answer = Json.object().put("chat_id", chat.id());
        answer.put("service_window_is_open", chat.isWindowOpen(now));
        Instant expires = chat.windowExpiresAt(now);
        answer.put("service_window_expires_at", expires == null ? null : context.timestamps().format(expires));
        ApiResponses.send(ctx, 200, answer);
    }

    /** Meta changed a template's status; fires approved, rejected or disabled when the status means one. */
    private void templateStatus(RoutingContext ctx, WabaState waba) {
        long id = PathParams.id(ctx, "template_id", TEMPLATE_NOT_FOUND);
        WabaTemplate template = waba.template(id)
                .orElseThrow(() -> ApiException.notFound(String.format(TEMPLATE_NOT_FOUND, id)));
        String status = JsonRequest.of(ctx).requiredString("status", 32);
        if (!WabaTemplate.STATUSES.contains(status)) {
            throw ApiException.validation("status", "Must be one of: " + String.join(", ", WabaTemplate.STATUSES) + ".");
        }
        String eventType = null;
        if (!status.equals(template.status())) {
            template.setStatus(status);
            eventType = events.templateChanged(template);
        }
        ApiResponses.send(ctx, 200, Json.object().put("id", template.id()).put("name", template.name())
                .put("status", template.status()).put("event_type", eventType));
    }

    /** An account becomes active, disabled or disconnected; fires the matching {@code waba:account:*}. */
    private void accountStatus(RoutingContext ctx, SimulatorState state) {
        long id = PathParams.id(ctx, "account_id", "WABA account \"%s\" not found");
        WabaAccount account = WabaLookups.account(state.waba(), id);
        String status = JsonRequest.of(ctx).requiredString("status", 32);
        if (!WabaAccount.STATUSES.contains(status)) {
            throw ApiException.validation("status", "Must be one of: " + String.join(", ", WabaAccount.STATUSES) + ".");
        }
        String eventType = null;
        if (!status.equals(account.status())) {
            account.setStatus(status, state.now());
            eventType = events.accountChanged(account);
        }
        ApiResponses.send(ctx, 200, Json.object().put("id", account.id()).put("status", account.status())
                .put("state", account.webhookState()).put("event_type", eventType));
    }

    /** The recipient read a delivered outbound message: {@code Read}, and {@code waba:message:read}. */
    private void markRead(RoutingContext ctx, SimulatorState state) {
        String uid = ctx.pathParam("message_uid");
        WabaMessage message = state.waba().message(uid).orElseThrow(() -> Lookups.messageNotFound(uid));
        Message m = message.message();
        if (!m.fromMe()) {
            throw ApiException.badRequest("Only outbound messages can be marked read");
        }
        boolean changed = false;
        synchronized (m) {
            String status = m.status();
            if (!status.equals("Read")) {
                if (!status.equals("Delivered") && !status.equals("Sent")) {
                    throw new ApiException(409, "conflict", "Message \"" + uid + "\" is " + status
                            + " and can not be read yet");
                }
                m.addStatus("Read", state.now(), null);
                changed = true;
            }
        }
        if (changed) {
            state.waba().chat(m.chatId()).ifPresent(chat -> events.messageStatus("read", chat, message));
        }
        ApiResponses.send(ctx, 200, Json.object().put("message_uid", uid).put("status", m.status()));
    }

    private ObjectNode settings() {
        return Json.object().put("analytics_delay_ms", analytics.delay().toMillis());
    }

    private void putSettings(RoutingContext ctx) {
        Long delay = JsonRequest.of(ctx).optionalLong("analytics_delay_ms", 0, 600_000);
        if (delay != null) {
            analytics.setDelay(Duration.ofMillis(delay));
        }
        ApiResponses.send(ctx, 200, settings());
    }
}
