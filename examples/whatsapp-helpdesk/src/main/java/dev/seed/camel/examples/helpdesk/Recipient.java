package dev.seed.camel.examples.helpdesk;

/** One line of a broadcast CSV: the customer's phone and name, and the WhatsApp account to send from (may be empty). */
public record Recipient(String phone, String name, String accountPhone) {

    /**
     * The personal text of the broadcast; {@code {name}} in the template becomes the first name ("Jane" of both
     * "Jane Smith" and "Smith, Jane").
     */
    public String personalise(String template) {
        return template.replace("{name}", firstName());
    }

    public String firstName() {
        if (name == null || name.isBlank()) {
            return "there";
        }
        int comma = name.indexOf(',');
        String given = comma >= 0 ? name.substring(comma + 1).trim() : name.trim();
        return given.isEmpty() ? "there" : given.split("\\s+")[0];
    }
}
