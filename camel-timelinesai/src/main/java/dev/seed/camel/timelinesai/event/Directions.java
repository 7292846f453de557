package dev.seed.camel.timelinesai.event;

import java.util.Locale;

/** Maps the vendor's direction words (sent/received, incoming/outgoing) to incoming or outgoing. */
final class Directions {
    static final String INCOMING = "incoming";
    static final String OUTGOING = "outgoing";

    private Directions() {
    }

    static String of(String vendor) {
        if (vendor == null) {
            return null;
        }
        return switch (vendor.toLowerCase(Locale.ROOT)) {
            case "received", "incoming" -> INCOMING;
            case "sent", "outgoing" -> OUTGOING;
            default -> vendor;
        };
    }
}
