package dev.seed.camel.timelinesai.operation;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule set of {@code messages/send}: which target, and which options go with it. Checked on the endpoint
 * options when the endpoint is created and on each message's effective values (body, headers, options) before
 * any call, so a header or body can never reach a route an option would be refused for.
 */
public final class SendRules {
    /** The kinds of send target, each with its own route. */
    public enum Kind { CHAT, PHONE, JID, CHAT_NAME }

    /** One send target: a chat id, or a phone, JID or chat name. */
    public record Target(Kind kind, long chatId, String value) {
        @Override
        public String toString() {
            return switch (kind) {
                case CHAT -> "chat " + chatId;
                case PHONE -> "phone " + value;
                case JID -> "jid " + value;
                case CHAT_NAME -> "chat name " + value;
            };
        }
    }

    private SendRules() {
    }

    /** The one target among those given (blank ones do not count), {@code null} for none; more than one fails. */
    public static Target single(Long chatId, String phone, String jid, String chatName, String where) {
        boolean hasPhone = given(phone);
        boolean hasJid = given(jid);
        boolean hasChatName = given(chatName);
        int count = (chatId != null ? 1 : 0) + (hasPhone ? 1 : 0) + (hasJid ? 1 : 0) + (hasChatName ? 1 : 0);
        if (count > 1) {
            List<String> names = new ArrayList<>();
            if (chatId != null) {
                names.add("chatId");
            }
            if (hasPhone) {
                names.add("phone");
            }
            if (hasJid) {
                names.add("jid");
            }
            if (hasChatName) {
                names.add("chatName");
            }
            throw new IllegalArgumentException("messages/send got " + count + " targets in " + where + " ("
                    + String.join(" and ", names) + "): give exactly one of chatId, phone, jid or chatName");
        }
        if (chatId != null) {
            return new Target(Kind.CHAT, chatId, null);
        }
        return hasPhone ? new Target(Kind.PHONE, 0, phone) : hasJid ? new Target(Kind.JID, 0, jid)
                : hasChatName ? new Target(Kind.CHAT_NAME, 0, chatName) : null;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * Checks a send's combination; {@code target} may be {@code null} when it is not known yet (endpoint options
     * without a target), {@code attachments} counts the file body, {@code fileUid} and {@code fileUrl} given.
     */
    public static void check(Target target, boolean membershipScoped, String replyTo, String sender, int attachments,
                             String where) {
        Kind kind = target == null ? null : target.kind();
        if (kind == Kind.CHAT && sender != null) {
            fail(where, "whatsappAccountPhone does not apply when sending to a chatId: a chat always sends from the "
                    + "account that owns it");
        }
        if (attachments > 1) {
            fail(where, "more than one attachment (a file body, fileUid and fileUrl): attach one file");
        }
        if (replyTo != null && kind == Kind.PHONE) {
            fail(where, "replyTo is not supported when sending to a phone (POST /messages has no reply_to); send to "
                    + "a chatId or jid");
        }
        if (membershipScoped && (kind == Kind.JID || kind == Kind.CHAT_NAME)) {
            fail(where, "membershipScoped sends to a chatId or phone only: a " + (kind == Kind.JID ? "jid" : "chatName")
                    + " target would use a workspace-wide route");
        }
        if (membershipScoped && replyTo != null) {
            fail(where, "replyTo is not supported with membershipScoped (POST /v2/chats/{id}/messages has no "
                    + "reply_to)");
        }
    }

    private static void fail(String where, String rule) {
        throw new IllegalArgumentException("messages/send (" + where + "): " + rule);
    }
}
