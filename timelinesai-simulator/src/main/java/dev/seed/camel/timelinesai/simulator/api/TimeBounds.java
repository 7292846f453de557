package dev.seed.camel.timelinesai.simulator.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.seed.camel.timelinesai.simulator.http.ApiException;

/**
 * Date and datetime query values: an ISO date ({@code 2024-01-17}) or datetime with {@code T} or a space,
 * to the minute or second, with an optional offset; without one they are read in the workspace's zone.
 * Each value names a span (its day, minute or second), which makes the inclusive bounds easy.
 */
public record TimeBounds(Instant start, Instant end) {
    /** A {@code +hh:mm} offset whose {@code +} became a space because the client did not encode the query. */
    private static final Pattern DECODED_PLUS = Pattern.compile("(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?) (\\d{2}:?\\d{2})$");
    private static final Pattern VALUE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(:\\d{2}(?:\\.\\d{1,9})?)?)?(Z|[+-]\\d{2}:?\\d{2})?");

    /** The span a query value names; 400 {@code validation_error} on {@code field} if it is not a date. */
    public static TimeBounds parse(String field, String raw, ZoneId zone) {
        Matcher m = VALUE.matcher(restorePlus(raw.trim()));
        if (!m.matches()) {
            throw ApiException.validation(field, "Not a valid date or datetime.");
        }
        try {
            String offset = m.group(4);
            ZoneId at = offset == null ? zone : ZoneId.of(offset.equals("Z") ? "Z" : normaliseOffset(offset));
            LocalDate date = LocalDate.parse(m.group(1));
            if (m.group(2) == null) {
                Instant start = date.atStartOfDay(at).toInstant();
                return new TimeBounds(start, date.plusDays(1).atStartOfDay(at).toInstant());
            }
            String time = m.group(2) + (m.group(3) == null ? "" : m.group(3));
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + time);
            Instant start = local.atZone(at).toInstant();
            ChronoUnit unit = m.group(3) == null ? ChronoUnit.MINUTES : ChronoUnit.SECONDS;
            return new TimeBounds(start, start.plus(1, unit));
        } catch (DateTimeException e) {
            throw ApiException.validation(field, "Not a valid date or datetime.");
        }
    }

    /** An instant for the {@code date-time} filters of chats ({@code created_after}, {@code created_before}). */
    public static Instant parseInstant(String field, String raw, ZoneId zone) {
        try {
            return OffsetDateTime.parse(restorePlus(raw.trim())).toInstant();
        } catch (DateTimeParseException e) {
            return parse(field, raw, zone).start();
        }
    }

    private static String restorePlus(String value) {
        return DECODED_PLUS.matcher(value).replaceFirst("$1+$2");
    }

    private static String normaliseOffset(String offset) {
        return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
    }
}
