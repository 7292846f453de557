package dev.seed.camel.timelinesai.simulator.api;

import java.util.List;

import dev.seed.camel.timelinesai.simulator.http.ApiException;

/** The 32 values of {@code event_type} a webhook subscription may have (16 WhatsApp QR, 16 WABA). */
public final class WebhookEventTypes {
    public static final List<String> ALL = List.of(
            "message:new", "message:sent:new", "message:received:new",
            "whatsapp:account:connected", "whatsapp:account:disconnected", "whatsapp:account:suspended",
            "whatsapp:account:resumed",
            "chat:new", "chat:incoming:new", "chat:outgoing:new", "chat:responsible:assigned",
            "chat:responsible:unassigned",
            "call:incoming:missed", "call:incoming:ended", "call:outgoing:ended",
            "message:reaction",
            "waba:message:received", "waba:message:delivered", "waba:message:failed", "waba:message:read",
            "waba:chat:incoming", "waba:chat:outgoing", "waba:chat:assigned", "waba:chat:unassigned",
            "waba:chat:closed", "waba:chat:reopened",
            "waba:account:active", "waba:account:disabled", "waba:account:disconnected",
            "waba:template:approved", "waba:template:rejected", "waba:template:disabled");

    private WebhookEventTypes() {
    }

    /** The value itself; 400 {@code validation_error} on {@code event_type} when it is not in the enum. */
    public static String require(String value) {
        if (!ALL.contains(value)) {
            throw ApiException.validation("event_type", "Must be one of: " + String.join(", ", ALL) + ".");
        }
        return value;
    }
}
