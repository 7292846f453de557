package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.seed.camel.timelinesai.event.waba.WabaAccountData;
import dev.seed.camel.timelinesai.event.waba.WabaChatData;
import dev.seed.camel.timelinesai.event.waba.WabaEventTypes;
import dev.seed.camel.timelinesai.event.waba.WabaMessageData;
import dev.seed.camel.timelinesai.event.waba.WabaTemplateData;

/**
 * A TimelinesAI workspace event (a webhook delivery, or an event the poll mode observed), typed by its
 * {@code event_type}: the 16 WhatsApp (QR) types and the 16 {@code waba:*} types (a {@code WabaEvent}). An event
 * type this version does not know arrives as a {@link GenericEvent}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "event_type",
        visible = true, defaultImpl = GenericEvent.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = MessageEvent.class,
                names = { EventTypes.MESSAGE_NEW, EventTypes.MESSAGE_SENT_NEW, EventTypes.MESSAGE_RECEIVED_NEW }),
        @JsonSubTypes.Type(value = ReactionEvent.class, name = EventTypes.MESSAGE_REACTION),
        @JsonSubTypes.Type(value = ChatEvent.class,
                names = { EventTypes.CHAT_NEW, EventTypes.CHAT_INCOMING_NEW, EventTypes.CHAT_OUTGOING_NEW,
                        EventTypes.CHAT_RESPONSIBLE_ASSIGNED, EventTypes.CHAT_RESPONSIBLE_UNASSIGNED }),
        @JsonSubTypes.Type(value = AccountEvent.class,
                names = { EventTypes.ACCOUNT_CONNECTED, EventTypes.ACCOUNT_DISCONNECTED, EventTypes.ACCOUNT_SUSPENDED,
                        EventTypes.ACCOUNT_RESUMED }),
        @JsonSubTypes.Type(value = CallEvent.class,
                names = { EventTypes.CALL_INCOMING_MISSED, EventTypes.CALL_INCOMING_ENDED,
                        EventTypes.CALL_OUTGOING_ENDED }),
        @JsonSubTypes.Type(value = WabaMessageData.class,
                names = { WabaEventTypes.MESSAGE_RECEIVED, WabaEventTypes.MESSAGE_DELIVERED, WabaEventTypes.MESSAGE_READ,
                        WabaEventTypes.MESSAGE_FAILED }),
        @JsonSubTypes.Type(value = WabaChatData.class,
                names = { WabaEventTypes.CHAT_INCOMING, WabaEventTypes.CHAT_OUTGOING, WabaEventTypes.CHAT_ASSIGNED,
                        WabaEventTypes.CHAT_UNASSIGNED, WabaEventTypes.CHAT_CLOSED, WabaEventTypes.CHAT_REOPENED }),
        @JsonSubTypes.Type(value = WabaAccountData.class,
                names = { WabaEventTypes.ACCOUNT_ACTIVE, WabaEventTypes.ACCOUNT_DISABLED,
                        WabaEventTypes.ACCOUNT_DISCONNECTED }),
        @JsonSubTypes.Type(value = WabaTemplateData.class,
                names = { WabaEventTypes.TEMPLATE_APPROVED, WabaEventTypes.TEMPLATE_REJECTED,
                        WabaEventTypes.TEMPLATE_DISABLED })
})
public interface TimelinesAiEvent {

    /** The {@code event_type}, e.g. {@code message:received:new}. */
    String eventType();

    /** The chat the event is about, or {@code null} (account events). */
    default Long chatId() {
        return null;
    }

    /** The message the event is about (message, call history entry, reacted message), or {@code null}. */
    default String messageUid() {
        return null;
    }

    /** Phone of the workspace's WhatsApp account concerned, or {@code null} when the payload has none. */
    default String accountPhone() {
        return null;
    }

    /** JID of the workspace's WhatsApp account concerned, or {@code null} when the payload has none. */
    default String accountId() {
        return null;
    }

    /** {@code incoming} or {@code outgoing} when the event has a direction, else {@code null}. */
    default String direction() {
        return null;
    }

    /**
     * A key that is equal for two deliveries of the same event and differs between events, for de-duplication;
     * {@code null} lets the consumer use a digest of the payload.
     */
    default String naturalKey() {
        return null;
    }

    /** Whether the blocks the event type requires are present; a delivery without them is malformed. */
    boolean isComplete();
}
