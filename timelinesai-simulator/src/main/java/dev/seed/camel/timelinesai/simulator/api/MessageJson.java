package dev.seed.camel.timelinesai.simulator.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.files.TemporaryFileLinks;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.messaging.NotePrivacy;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.StatusChange;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;

/**
 * Renders messages as the Public API does: MessageInfo, MessageSummary, status history and reactions.
 * Unset optional fields ({@code text}, {@code attachment_*}) are left out, as for chats.
 */
public final class MessageJson {
    public static final String NOTE = "note";
    private final SimulatorContext context;
    private final NotePrivacy notePrivacy;
    private final TemporaryFileLinks fileLinks;

    public MessageJson(SimulatorContext context, NotePrivacy notePrivacy) {
        this.context = context;
        this.notePrivacy = notePrivacy;
        this.fileLinks = TemporaryFileLinks.of(context);
    }

    /** {@code MessageInfo}: the summary plus the reactions. */
    public ObjectNode info(Message m) {
        ObjectNode node = summary(m);
        node.set("reactions", reactions(m));
        return node;
    }

    /** {@code MessageSummary} (the {@code last_message} of a chat): MessageInfo without reactions. */
    public ObjectNode summary(Message m) {
        StoredFile file = m.attachment();
        ObjectNode node = Json.object()
                .put("uid", m.uid())
                .put("chat_id", m.chatId())
                .put("timestamp", context.timestamps().format(m.timestamp()))
                .put("received_timestamp", context.timestamps().format(m.receivedTimestamp()))
                .put("sender_phone", orEmpty(m.senderPhone()))
                .put("sender_name", orEmpty(m.senderName()))
                .put("recipient_phone", orEmpty(m.recipientPhone()))
                .put("recipient_name", orEmpty(m.recipientName()))
                .put("from_me", m.fromMe());
        ChatJson.putIfPresent(node, "text", m.text());
        ChatJson.putIfPresent(node, "attachment_url", file == null ? null : attachmentUrl(file));
        ChatJson.putIfPresent(node, "attachment_filename", file == null ? null : file.filename());
        node.put("status", status(m))
                .put("origin", orEmpty(m.origin()))
                .put("has_attachment", file != null)
                .put("message_type", m.messageType());
        ObjectNode data = node.putObject("data");
        if (NOTE.equals(m.messageType())) {
            data.put("is_private", notePrivacy.isPrivate(m.uid()));
        } else {
            data.put("whatsapp_from_me", m.fromMe());
        }
        node.put("created_by", orEmpty(m.createdBy()));
        if ("Failed".equals(m.status())) {
            node.set("failure_reason", failureReason(m.statusHistory().get(m.statusHistory().size() - 1)));
        }
        return node;
    }

    /**
     * The status shown for a message: the last history entry; inbound messages, which have no send history,
     * show {@code Delivered}; an outbound message not yet dispatched is {@code Pending}.
     */
    public static String status(Message m) {
        if (!m.fromMe() && m.statusHistory().isEmpty()) {
            return "Delivered";
        }
        return m.status();
    }

    /** The flat, chronological status history. */
    public ArrayNode statusHistory(Message m) {
        ArrayNode items = Json.array();
        for (StatusChange change : m.statusHistory()) {
            ObjectNode item = items.addObject()
                    .put("status", change.status())
                    .put("timestamp", context.timestamps().format(change.at()));
            if (change.failureReason() != null) {
                item.set("failure_reason", failureReason(change));
            }
        }
        return items;
    }

    private static ObjectNode failureReason(StatusChange change) {
        return Json.object().put("code", "").put("title", "Message could not be delivered")
                .put("details", change.failureReason() == null ? "" : change.failureReason());
    }

    /** {@code {users, reactions: {emoji: count}, total}}. */
    public static ObjectNode reactions(Message m) {
        ObjectNode node = Json.object();
        ArrayNode users = node.putArray("users");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Message.Reaction r : m.reactions().values()) {
            users.addObject().put("name", orEmpty(r.name())).put("phone", orEmpty(r.phone()))
                    .put("reaction", r.emoji()).put("current", r.current());
            counts.merge(r.emoji(), 1, Integer::sum);
        }
        ObjectNode byEmoji = node.putObject("reactions");
        counts.forEach(byEmoji::put);
        node.put("total", m.reactions().size());
        return node;
    }

    /** A fresh temporary link to an attachment's bytes, served by the simulator like a file's download URL. */
    public String attachmentUrl(StoredFile file) {
        return fileLinks.issue(file);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
