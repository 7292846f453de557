package dev.seed.camel.timelinesai.event.waba;

import java.util.Locale;

/** Maps WABA direction words ({@code sent}/{@code received}) to the events' {@code incoming}/{@code outgoing}. */
final class WabaDirections {
    static final String INCOMING = "incoming";
    static final String OUTGOING = "outgoing";

    private WabaDirections() {
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
