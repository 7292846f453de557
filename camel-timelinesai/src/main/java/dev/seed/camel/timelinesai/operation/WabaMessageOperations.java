package dev.seed.camel.timelinesai.operation;

import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiAmbiguousSendException;
import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.TimelinesAiWabaOptions;
import dev.seed.camel.timelinesai.api.Attachment;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.model.FileByUrl;
import dev.seed.camel.timelinesai.model.MessageStatus;
import dev.seed.camel.timelinesai.model.waba.WabaMessage;
import dev.seed.camel.timelinesai.model.waba.WabaOutboundTemplate;
import dev.seed.camel.timelinesai.model.waba.WabaOutgoingMessage;
import dev.seed.camel.timelinesai.model.waba.WabaReaction;

/** The operations of the wabaMessages API group (WhatsApp Business Platform messages). */
final class WabaMessageOperations {
    private final WabaTemplateLookup templates;
    private final TimelinesAiClient client;
    private final CreditGate credits;

    /** {@code templates} is the lookup shared with {@link WabaTemplateOperations} (one cache of templates read). */
    WabaMessageOperations(TimelinesAiClient client, CreditGate credits, WabaTemplateLookup templates) {
        this.templates = templates;
        this.client = client;
        this.credits = credits;
    }

    void invoke(TimelinesAiOperation operation, Params p) {
        switch (operation) {
            case WABA_MESSAGES_SEND -> send(p);
            case WABA_MESSAGES_GET -> p.setBody(client.wabaMessages().get(MessageOperations.uid(p)));
            case WABA_MESSAGES_STATUS_HISTORY -> {
                List<MessageStatus> history = client.wabaMessages().statusHistory(MessageOperations.uid(p));
                p.setBody(history);
                p.setHeader(TimelinesAiConstants.RESULT_COUNT, history.size());
            }
            case WABA_MESSAGES_REACTIONS -> p.setBody(client.wabaMessages().reactions(MessageOperations.uid(p)));
            case WABA_MESSAGES_REACT -> react(p);
            default -> throw new IllegalStateException("Not a wabaMessages operation: " + operation);
        }
    }

    /**
     * {@code wabaMessages/send}: a template is checked first (no request or credit is spent on a send it refuses),
     * then credits are taken, then one call sends.
     */
    private void send(Params p) {
        TimelinesAiWabaOptions w = p.config().getWabaOptions();
        WabaSendRequest send = WabaSendRequest.of(p);
        WabaSendRequest.WabaTarget target = send.target();
        WabaOutboundTemplate template = send.template();
        if (template != null && w.isWabaTemplateCheck()) {
            long account = target.chatId() != null ? templates.accountOfChat(target.chatId()) : target.wabaAccountId();
            template = templates.require(template, account, w.getWabaTemplateCacheTtl());
            send = new WabaSendRequest(target, null, null, null, null, null, null, template);
        }
        CreditGate.Charge charge = charge(p, send.credits());
        try {
            WabaMessage sent = send.content() != null
                    ? client.wabaMessages().sendFile(target.chatId(), target.wabaAccountId(), target.phone(),
                            new Attachment(send.content(), send.fileName(), send.contentType()), send.text())
                    : client.wabaMessages().send(target.chatId(), send.message(upload(p, send)));
            p.setBody(sent);
            p.setHeader(TimelinesAiConstants.MESSAGE_UID, sent.uid());
        } catch (TimelinesAiAmbiguousSendException e) {
            throw e.about(target.toString(), send.text());
        } catch (RuntimeException e) {
            if (charge != null) {
                credits.giveBack(charge);
            }
            throw e;
        }
    }

    /** A fileUrl is uploaded first ({@code POST /files}), as for messages/send; its uid goes in the header. */
    private String upload(Params p, WabaSendRequest send) {
        if (send.fileUrl() == null) {
            return null;
        }
        String uid = client.files().uploadByUrl(new FileByUrl(send.fileUrl(), send.fileName(), send.contentType()))
                .uid();
        p.setHeader(TimelinesAiConstants.FILE_UID, uid);
        return uid;
    }

    private CreditGate.Charge charge(Params p, int cost) {
        TimelinesAiConfiguration c = p.config();
        return credits != null && c.isCheckCredits() ? credits.take(cost, c.getCreditsCacheTtl()) : null;
    }

    /** {@code wabaMessages/react}: a {@link WabaReaction} body, else the reaction header or option, else a String body. */
    private void react(Params p) {
        TimelinesAiConfiguration c = p.config();
        WabaReaction reaction = p.body() instanceof WabaReaction r ? r : null;
        String headerOrOption = p.string(TimelinesAiConstants.MESSAGE_UID, c.getMessageOptions().getMessageUid());
        String uid = MessageOperations.uid(p);
        if (reaction == null) {
            String emoji = p.string(TimelinesAiConstants.REACTION, c.getMessageOptions().getReaction());
            if (emoji == null && headerOrOption != null && p.body() instanceof String s) {
                emoji = s;
            }
            if (emoji == null) {
                throw new IllegalArgumentException("Missing reaction: set the option reaction, the header "
                        + TimelinesAiConstants.REACTION + ", a String or a WabaReaction body (an empty value or "
                        + "WabaReaction.clear() clears the reaction)");
            }
            reaction = emoji.isEmpty() ? WabaReaction.clear() : WabaReaction.set(emoji);
        }
        String result = client.wabaMessages().react(uid, reaction);
        p.setBody(result);
        p.setHeader(TimelinesAiConstants.MESSAGE_UID, result);
    }
}
