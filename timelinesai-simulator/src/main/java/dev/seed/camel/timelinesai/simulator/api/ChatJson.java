package dev.seed.camel.timelinesai.simulator.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

/** Renders a chat as the Public API's {@code ChatInfo}; unset optional fields are left out. */
public final class ChatJson {
    /** The avatar path the live API returns (relative, like {@code chat_url}). */
    public static final String DEFAULT_PHOTO = "/static/img/default_avatar.jpeg";
    private final SimulatorContext context;
    private final MessageJson messages;

    public ChatJson(SimulatorContext context, MessageJson messages) {
        this.context = context;
        this.messages = messages;
    }

    public ObjectNode info(Chat chat, boolean withLastMessage) {
        ObjectNode node = Json.object()
                .put("id", chat.id())
                .put("name", chat.name());
        putIfPresent(node, "phone", chat.isGroup() ? null : chat.phone());
        node.put("jid", chat.jid())
                .put("is_group", chat.isGroup())
                .put("closed", chat.closed())
                .put("read", chat.read());
        ArrayNode labels = node.putArray("labels");
        chat.labels().forEach(labels::add);
        node.put("chatgpt_autoresponse_enabled", chat.chatgptAutoresponseEnabled());
        putIfPresent(node, "responsible_email", chat.responsibleEmail());
        putIfPresent(node, "responsible_name", chat.responsibleName());
        node.put("whatsapp_account_id", chat.accountId())
                .put("chat_url", chat.chatUrl())
                .put("created_timestamp", context.timestamps().format(chat.createdAt()));
        putIfPresent(node, "last_message_uid", chat.lastMessageUid());
        putIfPresent(node, "last_message_timestamp", context.timestamps().format(chat.lastMessageAt()));
        if (withLastMessage && chat.lastMessageUid() != null) {
            context.state().message(chat.lastMessageUid())
                    .ifPresent(m -> node.set("last_message", messages.summary(m)));
        }
        node.put("unattended", chat.unattended()).put("photo", DEFAULT_PHOTO);
        if (chat.isGroup()) {
            ArrayNode members = node.putArray("group_members");
            for (Chat.GroupMember member : chat.groupMembers()) {
                ObjectNode item = members.addObject().put("name", member.name()).put("phone", member.phone())
                        .put("role", member.role());
                if (member.chatId() != null) {
                    item.put("chat_id", member.chatId());
                }
            }
        }
        node.put("is_allowed_to_message", isAllowedToMessage(chat));
        return node;
    }

    /**
     * Optional properties without a value are left out: the spec types them as plain strings (not nullable),
     * although the live API sends {@code null}; the contract wins (reference §7.3).
     */
    static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** False for chats the API refuses to send into: flagged ones, or those of a disconnected account. */
    public boolean isAllowedToMessage(Chat chat) {
        return chat.allowedToMessage()
                && context.state().account(chat.accountId()).map(WhatsAppAccount::isActive).orElse(false);
    }
}
