package dev.seed.camel.timelinesai.simulator.waba.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.api.MessageJson;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.messaging.NotePrivacy;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.StatusChange;
import dev.seed.camel.timelinesai.simulator.waba.WabaAccount;
import dev.seed.camel.timelinesai.simulator.waba.WabaChat;
import dev.seed.camel.timelinesai.simulator.waba.WabaMessage;
import dev.seed.camel.timelinesai.simulator.waba.WabaTemplate;

/**
 * Renders WABA records as the Public API does: {@code WabaChatInfo}, {@code MessageInfo} with Meta's
 * {@code failure_reason}, status history, {@code WabaAccountItem}/{@code Detail} and
 * {@code WabaTemplateItem}/{@code Detail}. Unset optional strings are left out; the window fields are
 * required and nullable, so they are written as {@code null}.
 */
public final class WabaJson {
    private final SimulatorContext context;
    private final MessageJson messages;

    public WabaJson(SimulatorContext context) {
        this.context = context;
        this.messages = new MessageJson(context, new NotePrivacy());
    }

    public ObjectNode chat(WabaChat waba, boolean withLastMessage) {
        Chat chat = waba.chat();
        Instant now = context.state().now();
        ObjectNode node = Json.object().put("id", chat.id()).put("name", chat.name());
        putIfPresent(node, "phone", chat.phone());
        node.put("is_group", false).put("closed", chat.closed()).put("read", chat.read());
        ArrayNode labels = node.putArray("labels");
        chat.labels().forEach(labels::add);
        node.put("chatgpt_autoresponse_enabled", chat.chatgptAutoresponseEnabled());
        putIfPresent(node, "responsible_email", chat.responsibleEmail());
        putIfPresent(node, "responsible_name", chat.responsibleName());
        node.put("chat_url", chat.chatUrl()).put("created_timestamp", context.timestamps().format(chat.createdAt()));
        putIfPresent(node, "last_message_uid", chat.lastMessageUid());
        putIfPresent(node, "last_message_timestamp", context.timestamps().format(chat.lastMessageAt()));
        if (withLastMessage && chat.lastMessageUid() != null) {
            context.state().waba().message(chat.lastMessageUid())
                    .ifPresent(m -> node.set("last_message", summary(m)));
        }
        node.put("unattended", chat.unattended()).put("waba_account_id", waba.wabaAccountId());
        Boolean open = waba.windowOpen(now);
        if (open == null) {
            node.putNull("service_window_is_open");
        } else {
            node.put("service_window_is_open", open);
        }
        Instant expires = waba.windowExpiresAt(now);
        if (expires == null) {
            node.putNull("service_window_expires_at");
        } else {
            node.put("service_window_expires_at", context.timestamps().format(expires));
        }
        return node;
    }

    /** {@code MessageInfo}; a failed message carries Meta's code, title and details. */
    public ObjectNode message(WabaMessage m) {
        ObjectNode node = messages.info(m.message());
        decorate(node, m);
        return node;
    }

    /** {@code MessageSummary}: MessageInfo without reactions. */
    public ObjectNode summary(WabaMessage m) {
        ObjectNode node = messages.summary(m.message());
        decorate(node, m);
        return node;
    }

    private static void decorate(ObjectNode node, WabaMessage m) {
        if (m.template() != null) {
            ((ObjectNode) node.get("data")).putObject("template").put("id", m.template().id())
                    .put("name", m.template().name()).put("language", m.template().language());
        }
        if (m.failure() != null) {
            node.set("failure_reason", failure(m.failure()));
        }
    }

    /** The flat, chronological status history; the {@code Failed} entry carries Meta's reason. */
    public ArrayNode statusHistory(WabaMessage m) {
        ArrayNode items = Json.array();
        for (StatusChange change : m.message().statusHistory()) {
            ObjectNode item = items.addObject().put("status", change.status())
                    .put("timestamp", context.timestamps().format(change.at()));
            if ("Failed".equals(change.status()) && m.failure() != null) {
                item.set("failure_reason", failure(m.failure()));
            }
        }
        return items;
    }

    private static ObjectNode failure(WabaMessage.Failure f) {
        return Json.object().put("code", f.code()).put("title", f.title()).put("details", f.details());
    }

    public ObjectNode account(WabaAccount a) {
        return Json.object().put("id", a.id()).put("status", a.status()).put("owner_name", a.ownerName())
                .put("owner_email", a.ownerEmail()).put("connected_on", context.timestamps().format(a.connectedOn()))
                .put("meta_phone_id", a.metaPhoneId()).put("meta_waba_id", a.metaWabaId())
                .put("display_phone_number", a.displayPhoneNumber());
    }

    /** The account with its {@code waba_profile}. */
    public ObjectNode accountDetail(WabaAccount a) {
        ObjectNode node = account(a);
        ObjectNode profile = node.putObject("waba_profile").put("meta_waba_id", a.metaWabaId())
                .put("name", context.state().waba().profile(a.metaWabaId()).map(p -> p.name()).orElse(""));
        ArrayNode ids = profile.putArray("account_ids");
        context.state().waba().accountIdsOf(a.metaWabaId()).forEach(ids::add);
        return node;
    }

    public ObjectNode template(WabaTemplate t) {
        return Json.object().put("id", t.id()).put("meta_template_id", t.metaTemplateId()).put("name", t.name())
                .put("status", t.status()).put("parameter_format", t.parameterFormat()).put("language", t.language())
                .put("category", t.category()).put("meta_waba_id", t.metaWabaId());
    }

    /** The template with the accounts that may use it and Meta's raw components. */
    public ObjectNode templateDetail(WabaTemplate t) {
        ObjectNode node = template(t);
        ArrayNode accounts = node.putArray("accounts");
        List<Long> ids = context.state().waba().accountIdsOf(t.metaWabaId());
        ids.forEach(accounts::add);
        node.set("components", t.components());
        return node;
    }

    static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
