package dev.seed.camel.timelinesai.operation;

import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiMessageOptions;
import dev.seed.camel.timelinesai.model.OutgoingMessage;

/**
 * One {@code messages/send}, read once from the exchange: an {@link OutgoingMessage} body wins over the
 * {@code CamelTimelinesAi*} headers, which win over the endpoint options; checked with {@link SendRules}.
 */
record SendRequest(SendRules.Target target, String text, Object content, String fileUid, String fileUrl,
                   String fileName, String contentType, String label, String replyTo, String sender, Long templateId,
                   boolean membershipScoped) {

    static SendRequest of(Params p) {
        TimelinesAiConfiguration c = p.config();
        Object body = p.body();
        OutgoingMessage m = body instanceof OutgoingMessage record ? record : null;
        Object content = m == null ? Attachments.content(body) : null;
        String text = pick(m == null ? null : m.text(), p.string(TimelinesAiConstants.TEXT, null));
        if (text == null && m == null && content == null && body != null) {
            text = p.exchange().getContext().getTypeConverter().convertTo(String.class, p.exchange(), body);
        }
        TimelinesAiMessageOptions o = c.getMessageOptions();
        SendRequest request = new SendRequest(target(p, m), text != null ? text : c.getText(), content,
                pick(m == null ? null : m.fileUid(), p.string(TimelinesAiConstants.FILE_UID, o.getFileUid())),
                p.string(TimelinesAiConstants.FILE_URL, o.getFileUrl()),
                p.string(TimelinesAiConstants.FILE_NAME, o.getFileName()),
                p.string(TimelinesAiConstants.CONTENT_TYPE, o.getContentType()),
                pick(m == null ? null : m.label(), p.string(TimelinesAiConstants.LABEL, o.getLabel())),
                pick(m == null ? null : m.replyTo(), p.string(TimelinesAiConstants.REPLY_TO, o.getReplyTo())),
                pick(m == null ? null : m.whatsappAccountPhone(),
                        p.string(TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, o.getWhatsappAccountPhone())),
                m != null && m.attachmentTemplateId() != null ? m.attachmentTemplateId() : o.getAttachmentTemplateId(),
                c.isMembershipScoped());
        SendRules.check(request.target, request.membershipScoped, request.replyTo, request.sender,
                request.attachments(), "this message");
        return request;
    }

    /** How many attachments were given: a file body, a fileUid, a fileUrl. */
    int attachments() {
        return (content != null ? 1 : 0) + (fileUid != null ? 1 : 0) + (fileUrl != null ? 1 : 0);
    }

    boolean hasText() {
        return text != null && !text.isEmpty();
    }

    /** Messaging credits the send costs: text and an attachment are two messages. */
    int credits() {
        boolean attached = attachments() > 0 || templateId != null;
        return hasText() && attached ? 2 : hasText() || attached ? 1 : 0;
    }

    /** A file body sent straight into a chat as a document (one call, no upload first). */
    boolean isChatDocument() {
        return content != null && target.kind() == SendRules.Kind.CHAT && label == null && replyTo == null
                && !membershipScoped && templateId == null;
    }

    /** The one target: from the record body, else from headers, else from the endpoint options. */
    private static SendRules.Target target(Params p, OutgoingMessage m) {
        if (m != null) {
            SendRules.Target t = SendRules.single(m.chatId(), m.phone(), m.jid(), m.chatName(),
                    "the OutgoingMessage body");
            if (t != null) {
                return t;
            }
        }
        SendRules.Target fromHeaders = SendRules.single(p.longValue(TimelinesAiConstants.CHAT_ID, null),
                p.string(TimelinesAiConstants.PHONE, null), p.string(TimelinesAiConstants.JID, null),
                p.string(TimelinesAiConstants.CHAT_NAME, null), "the headers");
        if (fromHeaders != null) {
            return fromHeaders;
        }
        TimelinesAiConfiguration c = p.config();
        TimelinesAiMessageOptions o = c.getMessageOptions();
        SendRules.Target fromOptions = SendRules.single(c.getChatId(), o.getPhone(), o.getJid(), o.getChatName(),
                "the options");
        if (fromOptions == null) {
            throw new IllegalArgumentException("messages/send needs a target: chatId, phone, jid or chatName (option, "
                    + "header or OutgoingMessage body)");
        }
        return fromOptions;
    }

    private static String pick(String first, String second) {
        return first != null ? first : second;
    }
}
