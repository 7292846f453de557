package dev.seed.camel.timelinesai.operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.api.Attachment;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.model.FileByUrl;
import dev.seed.camel.timelinesai.model.FileInfo;
import dev.seed.camel.timelinesai.model.OutgoingMessage;

/** The {@code messages/*} operations except {@code awaitStatus} (see {@link StatusAwaiter}). */
public final class MessageOperations {
    private final TimelinesAiClient client;
    private final CreditGate credits;

    public MessageOperations(TimelinesAiClient client) {
        this(client, null);
    }

    MessageOperations(TimelinesAiClient client, CreditGate credits) {
        this.client = client;
        this.credits = credits;
    }

    void invoke(TimelinesAiOperation operation, Params p) {
        TimelinesAiConfiguration c = p.config();
        switch (operation) {
            case MESSAGES_SEND -> send(p);
            case MESSAGES_SEND_VOICE -> sendVoice(p);
            case MESSAGES_GET -> p.setBody(client.messages().get(uid(p)));
            case MESSAGES_STATUS_HISTORY -> {
                var history = client.messages().statusHistory(uid(p));
                p.setBody(history);
                p.setHeader(TimelinesAiConstants.RESULT_COUNT, history.size());
            }
            case MESSAGES_REACTIONS -> p.setBody(client.messages().reactions(uid(p)));
            case MESSAGES_REACT -> react(p, c);
            default -> throw new IllegalStateException("Not a messages operation: " + operation);
        }
    }

    static String uid(Params p) {
        return p.requiredUid(TimelinesAiConstants.MESSAGE_UID, p.config().getMessageUid(), "messageUid");
    }

    private void react(Params p, TimelinesAiConfiguration c) {
        String headerOrOption = p.string(TimelinesAiConstants.MESSAGE_UID, c.getMessageUid());
        String uid = uid(p);
        String reaction = p.string(TimelinesAiConstants.REACTION, c.getReaction());
        if (reaction == null && headerOrOption != null && p.body() instanceof String s) {
            reaction = s;
        }
        if (reaction == null) {
            throw new IllegalArgumentException("Missing reaction: set the option reaction, the header "
                    + TimelinesAiConstants.REACTION + " or a String body (an empty value clears the reaction)");
        }
        String result = client.messages().react(uid, reaction);
        done(p, result);
    }

    private void sendVoice(Params p) {
        long chatId = p.requiredId(TimelinesAiConstants.CHAT_ID, p.config().getChatId(), "chatId");
        Object content = Attachments.content(p.body());
        if (content == null) {
            throw new IllegalArgumentException("messages/sendVoice needs the audio (ogg, oga or mp3) as body: byte[], "
                    + "File, Path or InputStream");
        }
        charge(p, 1);
        done(p, client.messages().sendVoice(chatId, attachment(p, content)));
    }

    private void send(Params p) {
        TimelinesAiConfiguration c = p.config();
        Object body = p.body();
        OutgoingMessage record = body instanceof OutgoingMessage m ? m : null;
        Target target = target(p, record);
        Object content = record == null ? Attachments.content(body) : null;
        String text = pick(record == null ? null : record.text(), p.string(TimelinesAiConstants.TEXT, null));
        if (text == null && record == null && content == null && body != null) {
            text = p.exchange().getContext().getTypeConverter().convertTo(String.class, p.exchange(), body);
        }
        if (text == null) {
            text = c.getText();
        }
        String fileUid = pick(record == null ? null : record.fileUid(), p.string(TimelinesAiConstants.FILE_UID,
                c.getFileUid()));
        String fileUrl = p.string(TimelinesAiConstants.FILE_URL, c.getFileUrl());
        String label = pick(record == null ? null : record.label(), p.string(TimelinesAiConstants.LABEL, c.getLabel()));
        String replyTo = pick(record == null ? null : record.replyTo(),
                p.string(TimelinesAiConstants.REPLY_TO, c.getReplyTo()));
        String sender = pick(record == null ? null : record.whatsappAccountPhone(),
                p.string(TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, c.getWhatsappAccountPhone()));
        Long templateId = record != null && record.attachmentTemplateId() != null ? record.attachmentTemplateId()
                : c.getAttachmentTemplateId();
        boolean v2 = c.isMembershipScoped();
        if (target.kind == Kind.CHAT && sender != null) {
            throw new IllegalArgumentException("whatsappAccountPhone does not apply when sending to a chatId: a chat "
                    + "always sends from the account that owns it");
        }
        int files = (content != null ? 1 : 0) + (fileUid != null ? 1 : 0) + (fileUrl != null ? 1 : 0);
        if (files > 1) {
            throw new IllegalArgumentException("messages/send got more than one attachment (body content, fileUid, "
                    + "fileUrl): attach one file");
        }
        if (replyTo != null && (target.kind == Kind.PHONE || v2)) {
            throw new IllegalArgumentException("replyTo is not supported when sending to a phone or with "
                    + "membershipScoped: send to a chatId or jid");
        }
        boolean hasText = text != null && !text.isEmpty();
        if (hasText || files > 0 || templateId != null) {
            charge(p, hasText && (files > 0 || templateId != null) ? 2 : 1);
        }
        if (content != null && target.kind == Kind.CHAT && label == null && replyTo == null && !v2
                && templateId == null) {
            done(p, client.messages().sendFileToChat(target.chatId, attachment(p, content), text));
            return;
        }
        if (content != null) {
            FileInfo uploaded = client.files().upload(attachment(p, content));
            fileUid = uploaded.uid();
            p.setHeader(TimelinesAiConstants.FILE_UID, fileUid);
        } else if (fileUrl != null) {
            FileInfo uploaded = client.files().uploadByUrl(new FileByUrl(fileUrl,
                    p.string(TimelinesAiConstants.FILE_NAME, c.getFileName()),
                    p.string(TimelinesAiConstants.CONTENT_TYPE, c.getContentType())));
            fileUid = uploaded.uid();
            p.setHeader(TimelinesAiConstants.FILE_UID, fileUid);
        }
        if ((text == null || text.isEmpty()) && fileUid == null && templateId == null) {
            throw new IllegalArgumentException("messages/send needs text (a String body, the text option or header) "
                    + "or an attachment (a file body, fileUid or fileUrl)");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", text);
        json.put("file_uid", fileUid);
        json.put("label", label);
        json.put("attachment_template_id", templateId);
        String uid;
        switch (target.kind) {
            case CHAT -> {
                json.put("reply_to", replyTo);
                uid = client.messages().sendToChat(target.chatId, compact(json), v2);
            }
            case PHONE -> {
                json.put("phone", target.value);
                json.put("whatsapp_account_phone", sender);
                uid = client.messages().sendToPhone(compact(json), v2);
            }
            case JID -> {
                json.put("jid", target.value);
                json.put("whatsapp_account_phone", sender);
                json.put("reply_to", replyTo);
                uid = client.messages().sendToJid(compact(json));
            }
            default -> {
                json.put("chat_name", target.value);
                json.put("reply_to", replyTo);
                uid = client.messages().sendToChatName(compact(json));
            }
        }
        done(p, uid);
    }

    /** With checkCredits: refuses the send when the messaging quota cannot cover it. */
    private void charge(Params p, int cost) {
        if (credits != null && p.config().isCheckCredits()) {
            credits.take(cost, p.config().getCreditsCacheTtl());
        }
    }

    private static Attachment attachment(Params p, Object content) {
        TimelinesAiConfiguration c = p.config();
        return new Attachment(content, p.string(TimelinesAiConstants.FILE_NAME, c.getFileName()),
                p.string(TimelinesAiConstants.CONTENT_TYPE, c.getContentType()));
    }

    private static void done(Params p, String uid) {
        p.setBody(uid);
        p.setHeader(TimelinesAiConstants.MESSAGE_UID, uid);
    }

    private static Map<String, Object> compact(Map<String, Object> json) {
        json.values().removeIf(v -> v == null);
        return json;
    }

    private static String pick(String first, String second) {
        return first != null ? first : second;
    }

    private enum Kind { CHAT, PHONE, JID, CHAT_NAME }

    private record Target(Kind kind, long chatId, String value) {
    }

    /** The one target: from the record body, else from headers, else from the endpoint options. */
    private static Target target(Params p, OutgoingMessage record) {
        if (record != null) {
            Target t = single(record.chatId(), record.phone(), record.jid(), record.chatName(), "the OutgoingMessage body");
            if (t != null) {
                return t;
            }
        }
        Target fromHeaders = single(p.longValue(TimelinesAiConstants.CHAT_ID, null),
                p.string(TimelinesAiConstants.PHONE, null), p.string(TimelinesAiConstants.JID, null),
                p.string(TimelinesAiConstants.CHAT_NAME, null), "the headers");
        if (fromHeaders != null) {
            return fromHeaders;
        }
        TimelinesAiConfiguration c = p.config();
        Target fromOptions = single(c.getChatId(), c.getPhone(), c.getJid(), c.getChatName(), "the options");
        if (fromOptions == null) {
            throw new IllegalArgumentException("messages/send needs a target: chatId, phone, jid or chatName (option, "
                    + "header or OutgoingMessage body)");
        }
        return fromOptions;
    }

    private static Target single(Long chatId, String phone, String jid, String chatName, String where) {
        List<Target> found = new ArrayList<>();
        if (chatId != null) {
            found.add(new Target(Kind.CHAT, chatId, null));
        }
        if (phone != null && !phone.isBlank()) {
            found.add(new Target(Kind.PHONE, 0, phone));
        }
        if (jid != null && !jid.isBlank()) {
            found.add(new Target(Kind.JID, 0, jid));
        }
        if (chatName != null && !chatName.isBlank()) {
            found.add(new Target(Kind.CHAT_NAME, 0, chatName));
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("messages/send got " + found.size() + " targets in " + where
                    + ": give exactly one of chatId, phone, jid or chatName");
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
