package dev.seed.camel.timelinesai.operation;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.seed.camel.timelinesai.TimelinesAiAmbiguousSendException;
import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.api.Attachment;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.model.FileByUrl;
import org.apache.camel.Exchange;

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
            case MESSAGES_SEND -> send(p.exchange(), p.config());
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
        return p.requiredUid(TimelinesAiConstants.MESSAGE_UID, p.config().getMessageOptions().getMessageUid(),
                "messageUid");
    }

    private void react(Params p, TimelinesAiConfiguration c) {
        String headerOrOption = p.string(TimelinesAiConstants.MESSAGE_UID, c.getMessageOptions().getMessageUid());
        String uid = uid(p);
        String reaction = p.string(TimelinesAiConstants.REACTION, c.getMessageOptions().getReaction());
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
        CreditGate.Charge charge = charge(p, 1);
        try {
            done(p, client.messages().sendVoice(chatId, attachment(p, content)));
        } catch (TimelinesAiAmbiguousSendException e) {
            throw e.about("chat " + chatId, null);
        } catch (RuntimeException e) {
            giveBack(charge, e);
            throw e;
        }
    }

    /**
     * {@code messages/send}: the handler the producer calls. Uploads (a file body, a fileUrl) go first, then the
     * send goes straight to the API method of its target.
     */
    void send(Exchange exchange, TimelinesAiConfiguration config) {
        Params p = new Params(exchange, config);
        SendRequest send = SendRequest.of(p);
        int credits = send.credits();
        CreditGate.Charge charge = credits > 0 ? charge(p, credits) : null;
        SendRules.Target target = send.target();
        try {
            Map<String, Object> json = send.isChatDocument() ? null : body(p, send);
            String uid = json == null
                    ? client.messages().sendFileToChat(target.chatId(), attachment(send), send.text())
                    : switch (target.kind()) {
                        case CHAT -> client.messages().sendToChat(target.chatId(), json, send.membershipScoped());
                        case PHONE -> client.messages().sendToPhone(json, send.membershipScoped());
                        case JID -> client.messages().sendToJid(json);
                        case CHAT_NAME -> client.messages().sendToChatName(json);
                    };
            done(p, uid);
        } catch (TimelinesAiAmbiguousSendException e) {
            throw e.about(target.toString(), send.text());
        } catch (RuntimeException e) {
            giveBack(charge, e);
            throw e;
        }
    }

    /** The JSON body of a send, after uploading its file body or fileUrl (their uid goes into the body). */
    private Map<String, Object> body(Params p, SendRequest send) {
        SendRules.Target target = send.target();
        String fileUid = send.fileUid();
        if (send.content() != null) {
            fileUid = client.files().upload(attachment(send)).uid();
            p.setHeader(TimelinesAiConstants.FILE_UID, fileUid);
        } else if (send.fileUrl() != null) {
            fileUid = client.files().uploadByUrl(new FileByUrl(send.fileUrl(), send.fileName(), send.contentType()))
                    .uid();
            p.setHeader(TimelinesAiConstants.FILE_UID, fileUid);
        }
        if (!send.hasText() && fileUid == null && send.templateId() == null) {
            throw new IllegalArgumentException("messages/send needs text (a String body, the text option or header) "
                    + "or an attachment (a file body, fileUid or fileUrl)");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        put(json, "text", send.text());
        put(json, "file_uid", fileUid);
        put(json, "label", send.label());
        put(json, "attachment_template_id", send.templateId());
        switch (target.kind()) {
            case CHAT -> put(json, "reply_to", send.replyTo());
            case PHONE -> {
                put(json, "phone", target.value());
                put(json, "whatsapp_account_phone", send.sender());
            }
            case JID -> {
                put(json, "jid", target.value());
                put(json, "whatsapp_account_phone", send.sender());
                put(json, "reply_to", send.replyTo());
            }
            case CHAT_NAME -> {
                put(json, "chat_name", target.value());
                put(json, "reply_to", send.replyTo());
            }
        }
        return json;
    }

    /** Puts a field of the JSON body, leaving {@code null} out. */
    private static void put(Map<String, Object> json, String field, Object value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    /** Credits of a send that surely did not go out are given back (an ambiguous one keeps them). */
    private void giveBack(CreditGate.Charge charge, RuntimeException failure) {
        if (charge != null) {
            credits.giveBack(charge);
        }
    }

    /** With checkCredits: refuses the send when the messaging quota cannot cover it. */
    private CreditGate.Charge charge(Params p, int cost) {
        if (credits != null && p.config().isCheckCredits()) {
            return credits.take(cost, p.config().getCreditsCacheTtl());
        }
        return null;
    }

    private static Attachment attachment(Params p, Object content) {
        TimelinesAiConfiguration c = p.config();
        return new Attachment(content, p.string(TimelinesAiConstants.FILE_NAME, c.getMessageOptions().getFileName()),
                p.string(TimelinesAiConstants.CONTENT_TYPE, c.getMessageOptions().getContentType()));
    }

    private static Attachment attachment(SendRequest send) {
        return new Attachment(send.content(), send.fileName(), send.contentType());
    }

    private static void done(Params p, String uid) {
        p.setBody(uid);
        p.setHeader(TimelinesAiConstants.MESSAGE_UID, uid);
    }
}
