package dev.seed.camel.timelinesai.simulator.api;

import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.messaging.SendContent;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import dev.seed.camel.timelinesai.simulator.state.TextTemplate;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

/** Reads and checks the parts every send body shares: the content and the sending account. */
public final class SendRequests {
    static final int TEXT_MAX = 2000;
    static final int LABEL_MAX = 64;
    static final int ID_MAX = 128;

    private final SimulatorState state;

    public SendRequests(SimulatorState state) {
        this.state = state;
    }

    /** The typed fields of the {@code Message} schema (and {@code reply_to} when the endpoint has it), unchecked against state. */
    public RawContent read(JsonRequest body, boolean withReply) {
        String text = body.optionalString("text", TEXT_MAX);
        String fileUid = body.optionalString("file_uid", ID_MAX);
        String label = body.optionalString("label", LABEL_MAX);
        body.optionalString("chat_name", 256);
        Long templateId = body.optionalLong("attachment_template_id", 1, Long.MAX_VALUE);
        String replyTo = withReply ? body.optionalString("reply_to", ID_MAX) : null;
        RawContent raw = new RawContent(text, emptyToNull(fileUid), emptyToNull(label), emptyToNull(replyTo), templateId);
        if (!raw.hasText() && raw.fileUid() == null && raw.templateId() == null) {
            throw ApiException.badRequest("Message must contain text or an attachment");
        }
        return raw;
    }

    /** Resolves the file, template and quoted message of a send from {@code account}. */
    public SendContent resolve(RawContent raw, WhatsAppAccount account) {
        StoredFile file = null;
        if (raw.fileUid() != null) {
            file = state.file(raw.fileUid()).orElseThrow(() ->
                    ApiException.notFound("File uid \"" + raw.fileUid() + "\" not found"));
        }
        String text = raw.text();
        if (raw.templateId() != null) {
            TextTemplate template = state.template(raw.templateId()).orElseThrow(() ->
                    ApiException.notFound("Attachment template \"" + raw.templateId() + "\" not found"));
            if (!raw.hasText()) {
                text = template.text();
            }
        }
        if (raw.replyTo() != null) {
            Message quoted = Lookups.message(state, raw.replyTo());
            String quotedAccount = state.chat(quoted.chatId()).map(Chat::accountId).orElse("");
            if (!quotedAccount.equals(account.id())) {
                throw ApiException.badRequest("reply_to message \"" + raw.replyTo()
                        + "\" belongs to another WhatsApp account");
            }
        }
        return new SendContent(raw.hasText() || raw.templateId() != null ? text : null, file, raw.label(),
                raw.replyTo(), raw.templateId());
    }

    /**
     * The sender named by {@code whatsapp_account_phone} or (as the vendor's guides do) {@code whatsapp_account_id};
     * null when the body names none.
     */
    public WhatsAppAccount namedSender(JsonRequest body) {
        String phone = emptyToNull(body.optionalString("whatsapp_account_phone", 64));
        String wid = emptyToNull(body.optionalString("whatsapp_account_id", ID_MAX));
        WhatsAppAccount byPhone = phone == null ? null : state.accountByPhone(phone).orElseThrow(() ->
                ApiException.badRequest("WhatsApp account \"" + phone + "\" not found in the workspace"));
        WhatsAppAccount byId = wid == null ? null : state.account(wid).orElseThrow(() ->
                ApiException.badRequest("WhatsApp account \"" + wid + "\" not found in the workspace"));
        if (byPhone != null && byId != null && byPhone != byId) {
            throw ApiException.badRequest("whatsapp_account_phone and whatsapp_account_id name different accounts");
        }
        WhatsAppAccount named = byPhone != null ? byPhone : byId;
        if (named != null) {
            requireConnected(named);
        }
        return named;
    }

    /** The most recently connected active account, or 400 {@code No connected WhatsApp account}. */
    public WhatsAppAccount defaultSender() {
        return state.defaultSender().orElseThrow(() -> ApiException.badRequest("No connected WhatsApp account"));
    }

    /** The account a chat belongs to, checked to be able to send into it. */
    public WhatsAppAccount senderOf(Chat chat) {
        WhatsAppAccount account = state.account(chat.accountId())
                .orElseThrow(() -> ApiException.badRequest("No connected WhatsApp account"));
        requireConnected(account);
        if (!chat.allowedToMessage()) {
            throw ApiException.badRequest("Sending messages to chat \"" + chat.id() + "\" is not allowed");
        }
        return account;
    }

    public static void requireConnected(WhatsAppAccount account) {
        if (!account.isActive()) {
            throw ApiException.badRequest("WhatsApp account \"" + account.phone() + "\" is not connected");
        }
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The content fields as sent, before they are looked up. */
    public record RawContent(String text, String fileUid, String label, String replyTo, Long templateId) {
        public boolean hasText() {
            return text != null && !text.isBlank();
        }
    }
}
