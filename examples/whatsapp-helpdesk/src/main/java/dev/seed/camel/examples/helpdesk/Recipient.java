package dev.seed.camel.examples.helpdesk;

/** One line of a broadcast CSV: the customer's phone and name, and the WhatsApp account to send from (may be empty). */
public record Recipient(String phone, String name, String accountPhone) {

    /** The personal text of the broadcast; {@code {name}} in the template becomes the first name. */
    public String personalise(String template) {
        String first = name == null || name.isBlank() ? "there" : name.trim().split("\\s+")[0];
        return template.replace("{name}", first);
    }
}
