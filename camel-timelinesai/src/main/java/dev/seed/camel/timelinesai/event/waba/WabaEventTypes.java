package dev.seed.camel.timelinesai.event.waba;

import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.event.TimelinesAiEvent;

/** The 16 {@code waba:*} event types of TimelinesAI webhooks (WhatsApp Business Platform accounts), by family. */
public final class WabaEventTypes {
    public static final String MESSAGE_RECEIVED = "waba:message:received";
    public static final String MESSAGE_DELIVERED = "waba:message:delivered";
    public static final String MESSAGE_READ = "waba:message:read";
    public static final String MESSAGE_FAILED = "waba:message:failed";
    public static final String CHAT_INCOMING = "waba:chat:incoming";
    public static final String CHAT_OUTGOING = "waba:chat:outgoing";
    public static final String CHAT_ASSIGNED = "waba:chat:assigned";
    public static final String CHAT_UNASSIGNED = "waba:chat:unassigned";
    public static final String CHAT_CLOSED = "waba:chat:closed";
    public static final String CHAT_REOPENED = "waba:chat:reopened";
    public static final String ACCOUNT_ACTIVE = "waba:account:active";
    public static final String ACCOUNT_DISABLED = "waba:account:disabled";
    public static final String ACCOUNT_DISCONNECTED = "waba:account:disconnected";
    public static final String TEMPLATE_APPROVED = "waba:template:approved";
    public static final String TEMPLATE_REJECTED = "waba:template:rejected";
    public static final String TEMPLATE_DISABLED = "waba:template:disabled";

    /** The {@link WabaMessageData} events. */
    public static final List<String> MESSAGE_EVENTS = List.of(MESSAGE_RECEIVED, MESSAGE_DELIVERED, MESSAGE_READ,
            MESSAGE_FAILED);
    /** The {@link WabaChatData} events. */
    public static final List<String> CHAT_EVENTS = List.of(CHAT_INCOMING, CHAT_OUTGOING, CHAT_ASSIGNED,
            CHAT_UNASSIGNED, CHAT_CLOSED, CHAT_REOPENED);
    /** The {@link WabaAccountData} events. */
    public static final List<String> ACCOUNT_EVENTS = List.of(ACCOUNT_ACTIVE, ACCOUNT_DISABLED,
            ACCOUNT_DISCONNECTED);
    /** The {@link WabaTemplateData} events. */
    public static final List<String> TEMPLATE_EVENTS = List.of(TEMPLATE_APPROVED, TEMPLATE_REJECTED,
            TEMPLATE_DISABLED);

    /** All 16, family by family. */
    public static final List<String> ALL = List.of(MESSAGE_RECEIVED, MESSAGE_DELIVERED, MESSAGE_READ, MESSAGE_FAILED,
            CHAT_INCOMING, CHAT_OUTGOING, CHAT_ASSIGNED, CHAT_UNASSIGNED, CHAT_CLOSED, CHAT_REOPENED, ACCOUNT_ACTIVE,
            ACCOUNT_DISABLED, ACCOUNT_DISCONNECTED, TEMPLATE_APPROVED, TEMPLATE_REJECTED, TEMPLATE_DISABLED);

    private static final Map<String, Class<? extends TimelinesAiEvent>> PAYLOADS = payloads();

    private WabaEventTypes() {
    }

    /** Whether the event type is one of the 16. */
    public static boolean isWaba(String eventType) {
        return PAYLOADS.containsKey(eventType);
    }

    /** The record an event type's payload is read into, or {@code null} for a type that is not WABA. */
    public static Class<? extends TimelinesAiEvent> payloadType(String eventType) {
        return eventType == null ? null : PAYLOADS.get(eventType);
    }

    private static Map<String, Class<? extends TimelinesAiEvent>> payloads() {
        Map<String, Class<? extends TimelinesAiEvent>> map = new java.util.HashMap<>();
        MESSAGE_EVENTS.forEach(t -> map.put(t, WabaMessageData.class));
        CHAT_EVENTS.forEach(t -> map.put(t, WabaChatData.class));
        ACCOUNT_EVENTS.forEach(t -> map.put(t, WabaAccountData.class));
        TEMPLATE_EVENTS.forEach(t -> map.put(t, WabaTemplateData.class));
        return Map.copyOf(map);
    }
}
