package dev.seed.camel.timelinesai.consumer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.seed.camel.timelinesai.event.TimelinesAiEvent;
import dev.seed.camel.timelinesai.model.ChatInfo;
import dev.seed.camel.timelinesai.model.MessageInfo;
import dev.seed.camel.timelinesai.model.Timestamps;
import dev.seed.camel.timelinesai.model.WhatsAppAccount;

/**
 * The poll mode's work on one changed chat: reads its new messages and hands its events to the route in order,
 * moving the chat's last-message uid only past what the route processed.
 */
final class ChatEventEmitter {
    /** What became of one chat: the events processed, and whether all of them were (else the poll stops). */
    record ChatResult(int events, boolean complete) {
    }

    private final ChatMessagesReader reader;
    private final EventDispatcher dispatcher;
    private final Supplier<List<WhatsAppAccount>> readAccounts;
    private final BooleanSupplier leading;
    private final Map<String, WhatsAppAccount> accounts = new HashMap<>();

    ChatEventEmitter(ChatMessagesReader reader, EventDispatcher dispatcher,
                     Supplier<List<WhatsAppAccount>> readAccounts, BooleanSupplier leading) {
        this.reader = reader;
        this.dispatcher = dispatcher;
        this.readAccounts = readAccounts;
        this.leading = leading;
    }

    ChatResult process(ChatInfo chat, Instant watermark, Map<Long, String> uids) {
        String lastUid = uids.get(chat.id());
        OffsetDateTime created = Timestamps.parse(chat.createdTimestamp());
        boolean isNew = lastUid == null && created != null && !created.toInstant().isBefore(watermark);
        List<MessageInfo> messages = reader.newMessages(chat.id(), lastUid, watermark, isNew);
        WhatsAppAccount account = account(chat.whatsappAccountId());
        int events = 0;
        if (isNew) {
            boolean byContact = messages.stream().filter(ChatEventEmitter::isChatMessage).findFirst()
                    .map(m -> !m.fromMe()).orElse(true);
            int processed = emit(PollEventMapper.chatEvents(chat, byContact, account));
            if (processed < 0) {
                return new ChatResult(events, false);
            }
            events += processed;
        }
        for (MessageInfo message : messages) {
            if (isChatMessage(message)) {
                int processed = emit(PollEventMapper.messageEvents(chat, message, account));
                if (processed < 0) {
                    return new ChatResult(events, false);
                }
                events += processed;
            }
            uids.put(chat.id(), message.uid());
        }
        if (messages.isEmpty() && chat.lastMessageUid() != null) {
            uids.put(chat.id(), chat.lastMessageUid());
        }
        return new ChatResult(events, true);
    }

    /**
     * Hands the events to the route in order: how many it processed, or -1 when one failed, is still processed
     * elsewhere (a claim shared by replicas) or this replica stopped leading: the cursor stays before it and the
     * rest waits for the next poll.
     */
    private int emit(List<TimelinesAiEvent> batch) {
        int processed = 0;
        for (TimelinesAiEvent event : batch) {
            if (!leading.getAsBoolean()) {
                return -1;
            }
            DeliveryOutcome outcome = dispatcher.toRouteAndWait(event);
            if (outcome == DeliveryOutcome.FAILED || outcome == DeliveryOutcome.IN_PROGRESS) {
                return -1;
            }
            processed += outcome == DeliveryOutcome.PROCESSED ? 1 : 0;
        }
        return processed;
    }

    /** WhatsApp messages only: notes, calls and summaries have no message event. */
    private static boolean isChatMessage(MessageInfo message) {
        return message.messageType() == null || "whatsapp".equalsIgnoreCase(message.messageType());
    }

    /** The account of a chat: the list is read once, and again only when an unknown account appears. */
    private WhatsAppAccount account(String id) {
        if (id == null) {
            return null;
        }
        if (!accounts.containsKey(id)) {
            readAccounts.get().forEach(a -> accounts.put(a.id(), a));
        }
        return accounts.get(id);
    }
}
