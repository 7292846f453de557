package dev.seed.camel.timelinesai.operation;

import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiMessageOptions;
import dev.seed.camel.timelinesai.model.waba.WabaOutboundTemplate;
import dev.seed.camel.timelinesai.model.waba.WabaOutgoingMessage;

/**
 * One {@code wabaMessages/send}, read once from the exchange: a {@link WabaOutgoingMessage} body wins over the
 * {@code CamelTimelinesAi*} headers, which win over the endpoint options. Exactly one kind of content: text, a
 * file (a file body, {@code fileUid} or {@code fileUrl}; text is then its caption) or a template.
 */
record WabaSendRequest(WabaTarget target, String text, String fileUid, Object content, String fileUrl,
                       String fileName, String contentType, WabaOutboundTemplate template) {

    /** Where a WABA send goes: into the chat {@code chatId}, or from the account {@code wabaAccountId} to {@code phone}. */
    record WabaTarget(Long chatId, Long wabaAccountId, String phone) {
        @Override
        public String toString() {
            return chatId != null ? "WABA chat " + chatId : "phone " + phone + " from WABA account " + wabaAccountId;
        }
    }

    static WabaSendRequest of(Params p) {
        TimelinesAiConfiguration c = p.config();
        TimelinesAiMessageOptions o = c.getMessageOptions();
        Object body = p.body();
        if (body instanceof WabaOutgoingMessage m) {
            WabaTarget target = m.isToPhone() ? new WabaTarget(null, m.wabaAccountId(), m.phone()) : target(p);
            return new WabaSendRequest(target, m.text(), m.fileUid(), null, null, null, null, m.template());
        }
        WabaOutboundTemplate template = WabaTemplateInput.read(p);
        String text = p.string(TimelinesAiConstants.TEXT, null);
        String fileUid = p.string(TimelinesAiConstants.FILE_UID, o.getFileUid());
        String fileUrl = p.string(TimelinesAiConstants.FILE_URL, o.getFileUrl());
        String fileName = p.string(TimelinesAiConstants.FILE_NAME, o.getFileName());
        String contentType = p.string(TimelinesAiConstants.CONTENT_TYPE, o.getContentType());
        if (template != null) {
            if (text != null || c.getText() != null || fileUid != null || fileUrl != null) {
                throw new IllegalArgumentException("wabaMessages/send: a template message cannot also carry "
                        + (fileUid == null && fileUrl == null ? "text" : "a file") + " (send the template alone; its "
                        + "text is the template's, filled with its variables)");
            }
            return new WabaSendRequest(target(p), null, null, null, null, null, null, template);
        }
        Object content = Attachments.content(body);
        if ((content != null ? 1 : 0) + (fileUid != null ? 1 : 0) + (fileUrl != null ? 1 : 0) > 1) {
            throw new IllegalArgumentException("wabaMessages/send got more than one attachment (a file body, fileUid "
                    + "and fileUrl): attach one file");
        }
        if (text == null && WabaTemplateInput.isVariables(body)) {
            throw new IllegalArgumentException("wabaMessages/send got template variables (a List or Map body) but no "
                    + "template: set wabaTemplateName and wabaTemplateLanguage (option or header)");
        }
        if (text == null && content == null && body != null) {
            text = p.exchange().getContext().getTypeConverter().convertTo(String.class, p.exchange(), body);
        }
        if (text == null) {
            text = c.getText();
        }
        if (content == null && fileUid == null && fileUrl == null && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("wabaMessages/send needs text (a String body, the text option or "
                    + "header), a file (a file body, fileUid or fileUrl) or a template (a WabaOutboundTemplate body, or "
                    + "wabaTemplateName and wabaTemplateLanguage)");
        }
        return new WabaSendRequest(target(p), text, fileUid, content, fileUrl, fileName, contentType, null);
    }

    /** The JSON message of a send without a file body; {@code uploadedUid} is the uid of the fileUrl's upload. */
    WabaOutgoingMessage message(String uploadedUid) {
        WabaOutgoingMessage m = new WabaOutgoingMessage(template == null ? text : null,
                template == null ? (uploadedUid != null ? uploadedUid : fileUid) : null, template, null, null);
        return target.chatId() != null ? m : m.toPhone(target.wabaAccountId(), target.phone());
    }

    boolean hasText() {
        return text != null && !text.isEmpty();
    }

    /** Messaging credits of the send: 1 a message (a template too), 2 for a file with a caption. */
    int credits() {
        boolean file = content != null || fileUid != null || fileUrl != null;
        return file && hasText() ? 2 : 1;
    }

    /** The one target: a chat id or a phone, from the headers, else from the options. */
    private static WabaTarget target(Params p) {
        Long chatId = p.longValue(TimelinesAiConstants.CHAT_ID, null);
        String phone = blankToNull(p.string(TimelinesAiConstants.PHONE, null));
        String where = "the headers";
        if (chatId == null && phone == null) {
            chatId = p.config().getChatId();
            phone = blankToNull(p.config().getMessageOptions().getPhone());
            where = "the options";
        }
        if (chatId != null && phone != null) {
            throw new IllegalArgumentException("wabaMessages/send got two targets in " + where + " (chatId and "
                    + "phone): give exactly one");
        }
        if (chatId != null) {
            return new WabaTarget(chatId, null, null);
        }
        if (phone == null) {
            throw new IllegalArgumentException("wabaMessages/send needs a target: chatId, or phone with wabaAccountId "
                    + "(option, header or WabaOutgoingMessage body)");
        }
        Long account = p.longValue(TimelinesAiConstants.WABA_ACCOUNT_ID, p.config().getWabaOptions().getWabaAccountId());
        if (account == null) {
            throw new IllegalArgumentException("wabaMessages/send to phone " + phone + " needs the sending account: "
                    + "set the option wabaAccountId or the header " + TimelinesAiConstants.WABA_ACCOUNT_ID);
        }
        return new WabaTarget(null, account, phone);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
