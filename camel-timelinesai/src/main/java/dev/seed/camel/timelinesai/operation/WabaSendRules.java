package dev.seed.camel.timelinesai.operation;

import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiMessageOptions;
import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.TimelinesAiWabaOptions;

/**
 * The endpoint options of the WABA message operations, checked when the endpoint is created: one target, a template
 * named with its language and without text or file, and none of the QR send options WABA has no use for. Each
 * message is checked again with its own body and headers when it is sent.
 */
public final class WabaSendRules {

    private WabaSendRules() {
    }

    /** Fails naming the option when the endpoint's options cannot make a valid WABA send or check. */
    public static void checkOptions(TimelinesAiOperation op, TimelinesAiConfiguration c) {
        TimelinesAiWabaOptions w = c.getWabaOptions();
        boolean templated = op == TimelinesAiOperation.WABA_MESSAGES_SEND
                || op == TimelinesAiOperation.WABA_TEMPLATES_CHECK;
        if (!templated && (w.getWabaTemplateName() != null || w.getWabaTemplateLanguage() != null)) {
            throw new IllegalArgumentException("Options wabaTemplateName and wabaTemplateLanguage apply only to "
                    + "wabaMessages/send and wabaTemplates/check, not " + op);
        }
        if (templated && w.getWabaTemplateName() != null && w.getWabaTemplateLanguage() == null) {
            throw new IllegalArgumentException("Option wabaTemplateName needs wabaTemplateLanguage (e.g. en_US)");
        }
        if (op != TimelinesAiOperation.WABA_MESSAGES_SEND) {
            return;
        }
        TimelinesAiMessageOptions o = c.getMessageOptions();
        if (c.getChatId() != null && o.getPhone() != null) {
            throw new IllegalArgumentException("wabaMessages/send got chatId and phone: give exactly one target");
        }
        if (w.getWabaTemplateName() != null && (c.getText() != null || o.getFileUid() != null
                || o.getFileUrl() != null)) {
            throw new IllegalArgumentException("wabaMessages/send with wabaTemplateName takes no "
                    + (c.getText() != null ? "text" : o.getFileUid() != null ? "fileUid" : "fileUrl")
                    + ": a template message is the template alone");
        }
        if (o.getFileUid() != null && o.getFileUrl() != null) {
            throw new IllegalArgumentException("wabaMessages/send got fileUid and fileUrl: attach one file");
        }
        notForWaba("jid", o.getJid(), "send to a chatId, or to a phone with wabaAccountId");
        notForWaba("chatName", o.getChatName(), "send to a chatId, or to a phone with wabaAccountId");
        notForWaba("whatsappAccountPhone", o.getWhatsappAccountPhone(), "the sender of a send to a phone is "
                + "wabaAccountId");
        notForWaba("replyTo", o.getReplyTo(), "the WABA send has no reply_to");
        notForWaba("label", o.getLabel(), "label the chat with wabaLabels/add");
        notForWaba("attachmentTemplateId", o.getAttachmentTemplateId(), "WABA sends have no attachment templates");
    }

    private static void notForWaba(String option, Object value, String instead) {
        if (value != null) {
            throw new IllegalArgumentException("Option " + option + " does not apply to wabaMessages/send: " + instead);
        }
    }
}
