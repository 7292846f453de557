package dev.seed.camel.timelinesai.consumer;

import java.util.ArrayList;
import java.util.List;

import dev.seed.camel.timelinesai.event.AccountDetails;
import dev.seed.camel.timelinesai.event.ChatEvent;
import dev.seed.camel.timelinesai.event.EventAccount;
import dev.seed.camel.timelinesai.event.EventAttachment;
import dev.seed.camel.timelinesai.event.EventChat;
import dev.seed.camel.timelinesai.event.EventMessage;
import dev.seed.camel.timelinesai.event.EventTypes;
import dev.seed.camel.timelinesai.event.MessageChat;
import dev.seed.camel.timelinesai.event.MessageEvent;
import dev.seed.camel.timelinesai.event.Party;
import dev.seed.camel.timelinesai.event.TimelinesAiEvent;
import dev.seed.camel.timelinesai.model.ChatInfo;
import dev.seed.camel.timelinesai.model.MessageInfo;
import dev.seed.camel.timelinesai.model.WhatsAppAccount;

/**
 * Builds, from what the Public API lists, the events TimelinesAI would have delivered by webhook, in the same
 * types. What the API does not list stays {@code null} (e.g. reply_to_uid, attachment size).
 */
final class PollEventMapper {

    private PollEventMapper() {
    }

    /** {@code message:new} and {@code message:sent:new} or {@code message:received:new}. */
    static List<TimelinesAiEvent> messageEvents(ChatInfo chat, MessageInfo message, WhatsAppAccount account) {
        MessageChat messageChat = new MessageChat(chat.name(), chat.chatUrl(), chat.id(), chat.isGroup(), chat.phone(),
                chat.responsibleName(), chat.responsibleEmail());
        EventAccount eventAccount = new EventAccount(chat.whatsappAccountId(),
                account == null ? null : account.ownerName(), account == null ? null : account.ownerEmail(),
                account == null ? null : account.phone());
        List<EventAttachment> attachments = message.hasAttachment() && message.attachmentUrl() != null
                ? List.of(new EventAttachment(message.attachmentUrl(), message.attachmentFilename(), null, null))
                : List.of();
        EventMessage eventMessage = new EventMessage(message.text() == null ? "" : message.text(),
                message.fromMe() ? "sent" : "received", message.origin(), message.timestamp(),
                message.receivedTimestamp(), message.uid(), null,
                new Party(message.senderName(), message.senderPhone()),
                new Party(message.recipientName(), message.recipientPhone()), attachments);
        String specific = message.fromMe() ? EventTypes.MESSAGE_SENT_NEW : EventTypes.MESSAGE_RECEIVED_NEW;
        return List.of(new MessageEvent(EventTypes.MESSAGE_NEW, messageChat, eventAccount, eventMessage),
                new MessageEvent(specific, messageChat, eventAccount, eventMessage));
    }

    /** {@code chat:new} and, for a direct chat, {@code chat:incoming:new} or {@code chat:outgoing:new}. */
    static List<TimelinesAiEvent> chatEvents(ChatInfo chat, boolean startedByContact, WhatsAppAccount account) {
        EventChat eventChat = new EventChat(chat.id(), chat.name(), chat.phone(), chat.jid(), chat.isGroup(),
                chat.closed(), chat.read(), chat.labels(), chat.unattended(), chat.chatgptAutoresponseEnabled(),
                chat.whatsappAccountId(), chat.chatUrl(), chat.createdTimestamp(), chat.lastMessageUid(),
                chat.lastMessageTimestamp(), chat.responsibleName(), chat.responsibleEmail(), null, null);
        AccountDetails details = account == null
                ? new AccountDetails(chat.whatsappAccountId(), null, null, null, null, null, null, null)
                : new AccountDetails(account.id(), account.phone(), account.connectedOn(), null, account.status(),
                        account.accountName(), account.ownerName(), account.ownerEmail());
        List<TimelinesAiEvent> events = new ArrayList<>();
        events.add(new ChatEvent(EventTypes.CHAT_NEW, eventChat, details));
        if (!chat.isGroup()) {
            events.add(new ChatEvent(startedByContact ? EventTypes.CHAT_INCOMING_NEW : EventTypes.CHAT_OUTGOING_NEW,
                    eventChat, details));
        }
        return events;
    }
}
