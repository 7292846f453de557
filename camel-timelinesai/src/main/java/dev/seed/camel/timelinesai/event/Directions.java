package dev.seed.camel.timelinesai.event;

import java.util.Locale;

/** Maps the vendor's direction words (sent/received, incoming/outgoing) to incoming or outgoing. */
public final class Directions {
    public static final String INCOMING = "incoming";
    public static final String OUTGOING = "outgoing";

    private Directions() {
    }

    /** {@code incoming}, {@code outgoing}, the word itself when it is neither, or {@code null}. */
    public static String of(String vendor) {
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
