package dev.seed.camel.timelinesai.simulator.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.Timestamps;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

import static dev.seed.camel.timelinesai.simulator.events.AccountPayloads.nullToEmpty;

/** Builds the {@code ChatData} webhook body of the {@code chat:*} events. */
public final class ChatPayloads {

    private ChatPayloads() {
    }

    /**
     * {@code {event_type, chat, whatsapp_account}}; the previous responsible is written only when given
     * (assignment events).
     */
    public static ObjectNode chatEvent(String eventType, Chat chat, WhatsAppAccount account, String previousName,
                                       String previousEmail, Timestamps timestamps) {
        ObjectNode info = Json.object()
                .put("id", chat.id())
                .put("name", nullToEmpty(chat.name()))
                .put("phone", nullToEmpty(chat.phone()))
                .put("jid", chat.jid())
                .put("is_group", chat.isGroup())
                .put("closed", chat.closed())
                .put("read", chat.read());
        ArrayNode labels = info.putArray("labels");
        chat.labels().forEach(labels::add);
        info.put("unattended_customer", chat.unattended())
                .put("chatgpt_autoresponse_enabled", chat.chatgptAutoresponseEnabled())
                .put("whatsapp_account_id", chat.accountId())
                .put("chat_url", chat.chatUrl())
                .put("created_timestamp", timestamps.format(chat.createdAt()));
        if (chat.lastMessageUid() != null) {
            info.put("last_message_uid", chat.lastMessageUid())
                    .put("last_message_timestamp", timestamps.format(chat.lastMessageAt()));
        }
        putIfPresent(info, "responsible_name", chat.responsibleName());
        putIfPresent(info, "responsible_email", chat.responsibleEmail());
        putIfPresent(info, "previous_responsible_name", previousName);
        putIfPresent(info, "previous_responsible_email", previousEmail);
        ObjectNode body = Json.object().put("event_type", eventType);
        body.set("chat", info);
        body.set("whatsapp_account", AccountPayloads.accountInfo(account, timestamps));
        return body;
    }

    static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
