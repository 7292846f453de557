package dev.seed.camel.timelinesai;

/**
 * Repairs phone numbers given in an endpoint URI: Camel decodes {@code +} in a URI query as a space, so
 * {@code phone=+14155551234} arrives as {@code " 14155551234"}. A leading space before a digit can only come from
 * that, so it is turned back into {@code +}; {@code %2B} or {@code RAW(...)} avoid the issue altogether.
 */
final class PhoneOptions {

    private PhoneOptions() {
    }

    static String repair(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : value.split(",", -1)) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            boolean plus = part.startsWith(" ") && part.trim().matches("\\d.*");
            sb.append(plus ? "+" : "").append(part.trim());
        }
        return sb.toString();
    }

    static void repair(TimelinesAiConfiguration c) {
        c.getMessageOptions().setPhone(repair(c.getMessageOptions().getPhone()));
        c.getMessageOptions().setWhatsappAccountPhone(repair(c.getMessageOptions().getWhatsappAccountPhone()));
        c.getChatListOptions().setWhatsappPhone(repair(c.getChatListOptions().getWhatsappPhone()));
    }
}
