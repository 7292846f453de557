package dev.seed.camel.timelinesai.simulator.events;

import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.Timestamps;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

import static dev.seed.camel.timelinesai.simulator.events.AccountPayloads.nullToEmpty;
import static dev.seed.camel.timelinesai.simulator.events.ChatPayloads.putIfPresent;

/** Builds the {@code MessageData} webhook body of {@code message:new}, {@code message:sent:new} and {@code message:received:new}. */
public final class MessagePayloads {

    private MessagePayloads() {
    }

    /**
     * {@code {event_type, chat, whatsapp_account, message}}; {@code downloadUrl} gives the temporary URL of an
     * attachment.
     */
    public static ObjectNode messageEvent(String eventType, Chat chat, WhatsAppAccount account, Message message,
                                          Timestamps timestamps, Function<StoredFile, String> downloadUrl) {
        ObjectNode chatInfo = Json.object()
                .put("full_name", nullToEmpty(chat.name()))
                .put("chat_url", chat.chatUrl())
                .put("chat_id", chat.id())
                .put("is_group", chat.isGroup())
                .put("phone", nullToEmpty(chat.phone()));
        putIfPresent(chatInfo, "responsible_name", chat.responsibleName());
        putIfPresent(chatInfo, "responsible_email", chat.responsibleEmail());

        ObjectNode info = Json.object()
                .put("text", nullToEmpty(message.text()))
                .put("direction", message.fromMe() ? "sent" : "received")
                .put("origin", nullToEmpty(message.origin()))
                .put("timestamp", timestamps.format(message.timestamp()))
                .put("received_timestamp", timestamps.format(message.receivedTimestamp()))
                .put("message_uid", message.uid());
        putIfPresent(info, "reply_to_uid", message.replyTo());
        info.set("sender", AccountPayloads.party(message.senderName(), message.senderPhone()));
        info.set("recipient", AccountPayloads.party(message.recipientName(), message.recipientPhone()));
        ArrayNode attachments = info.putArray("attachments");
        StoredFile file = message.attachment();
        if (file != null) {
            attachments.addObject()
                    .put("temporary_download_url", downloadUrl.apply(file))
                    .put("filename", file.filename())
                    .put("size", file.size())
                    .put("mimetype", file.mimetype());
        }

        ObjectNode body = Json.object().put("event_type", eventType);
        body.set("chat", chatInfo);
        body.set("whatsapp_account", AccountPayloads.ownerInfo(account));
        body.set("message", info);
        return body;
    }
}
