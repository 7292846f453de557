package dev.seed.camel.timelinesai.partner.event;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.event.MalformedEventException;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;

/** The eight partner event types and the parser that turns a delivery body into its typed {@link PartnerEvent}. */
public final class PartnerEvents {
    public static final String SEATS_FULL = "workspace:seats_full";
    public static final String QUOTA_NEAR_FULL_MESSAGING = "workspace:quota_near_full:messaging";
    public static final String QUOTA_FULL_MESSAGING = "workspace:quota_full:messaging";
    public static final String QUOTA_FULL_TRANSACTIONS = "workspace:quota_full:transactions";
    public static final String QUOTA_FULL_API_CALLS = "workspace:quota_full:api_calls";
    public static final String ACCOUNT_CONNECTED = "whatsapp_account:connected";
    public static final String ACCOUNT_DISCONNECTED = "whatsapp_account:disconnected";
    public static final String API_TOKEN_ROTATED = "api_token:rotated";

    private static final Map<String, Class<? extends PartnerEvent>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put(SEATS_FULL, SeatsFullEvent.class);
        TYPES.put(QUOTA_NEAR_FULL_MESSAGING, MessagingQuotaEvent.class);
        TYPES.put(QUOTA_FULL_MESSAGING, MessagingQuotaEvent.class);
        TYPES.put(QUOTA_FULL_TRANSACTIONS, TransactionsQuotaFullEvent.class);
        TYPES.put(QUOTA_FULL_API_CALLS, ApiCallsQuotaFullEvent.class);
        TYPES.put(ACCOUNT_CONNECTED, WhatsappAccountEvent.class);
        TYPES.put(ACCOUNT_DISCONNECTED, WhatsappAccountEvent.class);
        TYPES.put(API_TOKEN_ROTATED, ApiTokenRotatedEvent.class);
    }

    /** The eight types, in the spec's order. */
    public static final List<String> ALL = List.copyOf(TYPES.keySet());

    private PartnerEvents() {
    }

    /** The record class of an event type, or {@code null} when the type is unknown. */
    public static Class<? extends PartnerEvent> typeOf(String eventType) {
        return TYPES.get(eventType);
    }

    /** Parses a delivery body; fails with {@link MalformedEventException} (answered 400) when it is no event. */
    public static PartnerEvent parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedEventException("Empty body");
        }
        JsonNode tree;
        try {
            tree = JsonSupport.mapper().readTree(body);
        } catch (IOException e) {
            throw new MalformedEventException("Body is not JSON", e);
        }
        if (tree == null || !tree.isObject()) {
            throw new MalformedEventException("Body is not a JSON object");
        }
        JsonNode type = tree.get("event_type");
        if (type == null || !type.isTextual() || type.asText().isBlank()) {
            throw new MalformedEventException("Body has no event_type");
        }
        Class<? extends PartnerEvent> cls = TYPES.getOrDefault(type.asText(), UnknownPartnerEvent.class);
        PartnerEvent event;
        try {
            event = JsonSupport.mapper().treeToValue(tree, cls);
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException("Body is not the shape of a " + type.asText() + " event", e);
        }
        if (event == null || !event.isComplete()) {
            throw new MalformedEventException("Body lacks the required fields of a " + type.asText() + " event");
        }
        return event;
    }

    static boolean common(PartnerEvent e) {
        return e.workspaceId() != null && e.partnerId() != null && e.eventType() != null && e.triggeredAt() != null;
    }
}
