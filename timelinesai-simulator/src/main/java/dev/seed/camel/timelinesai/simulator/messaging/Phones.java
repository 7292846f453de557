package dev.seed.camel.timelinesai.simulator.messaging;

import java.util.Optional;
import java.util.regex.Pattern;

/** Phone numbers the way the Public API reads them: sanitised, validated and matched against chats. */
public final class Phones {
    private static final Pattern SENDABLE = Pattern.compile("^\\+?[0-9]{7,15}$");
    private static final Pattern SEARCHABLE = Pattern.compile("^\\+?[0-9]+$");
    /** Contacts whose digits start with this are not on WhatsApp: sends to them fail at dispatch. */
    public static final String UNREACHABLE_PREFIX = "999";

    private Phones() {
    }

    /** The value without spaces and dashes, as the API cleans it before checking. */
    public static String sanitise(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s-]", "");
    }

    /** The E.164 form ({@code +digits}) of a number one may send to; empty if it is not one. */
    public static Optional<String> sendable(String raw) {
        String clean = sanitise(raw);
        if (!SENDABLE.matcher(clean).matches()) {
            return Optional.empty();
        }
        return Optional.of(clean.startsWith("+") ? clean : "+" + clean);
    }

    /** Whether a sanitised filter value is made of digits (with an optional leading {@code +}). */
    public static boolean searchable(String sanitised) {
        return SEARCHABLE.matcher(sanitised).matches();
    }

    /**
     * The {@code phone} filter: a value starting with {@code +} must match exactly; otherwise leading zeros
     * are dropped and the digits must occur in the stored number.
     */
    public static boolean matchesFilter(String sanitisedFilter, String storedPhone) {
        if (storedPhone == null) {
            return false;
        }
        String stored = digits(storedPhone);
        if (sanitisedFilter.startsWith("+")) {
            return stored.equals(digits(sanitisedFilter));
        }
        String wanted = stripLeadingZeros(digits(sanitisedFilter));
        return !wanted.isEmpty() && stored.contains(wanted);
    }

    /**
     * The {@code whatsapp_phone} filter for one number: an international number matches exactly; a national
     * one (leading {@code 0} in place of the country code) matches the end of the stored number.
     */
    public static boolean matchesContact(String sanitisedFilter, String storedPhone) {
        if (storedPhone == null || storedPhone.isEmpty()) {
            return false;
        }
        String stored = digits(storedPhone);
        String wanted = digits(sanitisedFilter);
        if (wanted.isEmpty()) {
            return false;
        }
        if (!sanitisedFilter.startsWith("+") && wanted.startsWith("0")) {
            String national = stripLeadingZeros(wanted);
            return !national.isEmpty() && stored.endsWith(national);
        }
        return stored.equals(wanted);
    }

    /** Whether a number is one of the designated unreachable ones. */
    public static boolean isUnreachable(String phone) {
        return digits(phone).startsWith(UNREACHABLE_PREFIX);
    }

    public static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
