package dev.seed.camel.timelinesai.event;

import java.util.List;
import java.util.stream.Stream;

import dev.seed.camel.timelinesai.event.waba.WabaEventTypes;

/**
 * The 16 workspace (WhatsApp QR, non-WABA) event types of TimelinesAI webhooks; the 16 {@code waba:*} ones are in
 * {@link WabaEventTypes}, and {@link #KNOWN} has all 32.
 */
public final class EventTypes {
    public static final String MESSAGE_NEW = "message:new";
    public static final String MESSAGE_SENT_NEW = "message:sent:new";
    public static final String MESSAGE_RECEIVED_NEW = "message:received:new";
    public static final String MESSAGE_REACTION = "message:reaction";
    public static final String CHAT_NEW = "chat:new";
    public static final String CHAT_INCOMING_NEW = "chat:incoming:new";
    public static final String CHAT_OUTGOING_NEW = "chat:outgoing:new";
    public static final String CHAT_RESPONSIBLE_ASSIGNED = "chat:responsible:assigned";
    public static final String CHAT_RESPONSIBLE_UNASSIGNED = "chat:responsible:unassigned";
    public static final String ACCOUNT_CONNECTED = "whatsapp:account:connected";
    public static final String ACCOUNT_DISCONNECTED = "whatsapp:account:disconnected";
    public static final String ACCOUNT_SUSPENDED = "whatsapp:account:suspended";
    public static final String ACCOUNT_RESUMED = "whatsapp:account:resumed";
    public static final String CALL_INCOMING_MISSED = "call:incoming:missed";
    public static final String CALL_INCOMING_ENDED = "call:incoming:ended";
    public static final String CALL_OUTGOING_ENDED = "call:outgoing:ended";

    /** All 16, in the order of the vendor's catalogue. */
    public static final List<String> ALL = List.of(MESSAGE_NEW, MESSAGE_SENT_NEW, MESSAGE_RECEIVED_NEW,
            MESSAGE_REACTION, CHAT_NEW, CHAT_INCOMING_NEW, CHAT_OUTGOING_NEW, CHAT_RESPONSIBLE_ASSIGNED,
            CHAT_RESPONSIBLE_UNASSIGNED, ACCOUNT_CONNECTED, ACCOUNT_DISCONNECTED, ACCOUNT_SUSPENDED, ACCOUNT_RESUMED,
            CALL_INCOMING_MISSED, CALL_INCOMING_ENDED, CALL_OUTGOING_ENDED);

    /** The 16 {@code waba:*} types (WhatsApp Business Platform accounts), observable by webhook only. */
    public static final List<String> WABA = WabaEventTypes.ALL;

    /** Every type this version reads into a typed record: the 16 above, then the 16 {@code waba:*} ones. */
    public static final List<String> KNOWN = Stream.concat(ALL.stream(), WABA.stream()).toList();

    /** The ones the poll mode can observe from chats and messages. */
    public static final List<String> POLLABLE = List.of(MESSAGE_NEW, MESSAGE_SENT_NEW, MESSAGE_RECEIVED_NEW,
            CHAT_NEW, CHAT_INCOMING_NEW, CHAT_OUTGOING_NEW);

    private EventTypes() {
    }
}
