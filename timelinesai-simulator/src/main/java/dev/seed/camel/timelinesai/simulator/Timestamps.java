package dev.seed.camel.timelinesai.simulator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats instants the way the Public API does: {@code yyyy-MM-dd HH:mm:ss Z} in the workspace's zone. */
public final class Timestamps {
    private static final DateTimeFormatter PUBLIC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");
    private final ZoneId zone;

    public Timestamps(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The Public API form, or null for null. */
    public String format(Instant instant) {
        return instant == null ? null : PUBLIC.format(instant.atZone(zone));
    }

    /** ISO-8601 UTC, used by text templates and the Partner API. */
    public static String iso(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0));
    }
}
