package dev.seed.camel.timelinesai.model;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses the Public API's timestamps ({@code yyyy-MM-dd HH:mm:ss Z}, e.g. {@code 2024-01-08 10:35:18 +0200}). */
public final class Timestamps {
    /** The Public API's timestamp pattern. */
    public static final DateTimeFormatter PUBLIC_API = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    private Timestamps() {
    }

    /** The parsed time; {@code null} for {@code null}; ISO-8601 is accepted too (templates use it). */
    public static OffsetDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, PUBLIC_API);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("Not a TimelinesAI timestamp: " + value, e);
            }
        }
    }
}
