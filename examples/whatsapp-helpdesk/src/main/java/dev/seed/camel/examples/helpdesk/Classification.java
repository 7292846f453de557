package dev.seed.camel.examples.helpdesk;

import java.util.List;

/** What a customer message is about: its category, priority, the teammate it goes to and the chat labels. */
public record Classification(String category, String priority, String assignee) {

    /** The labels the chat gets: the category, plus {@code urgent} for high priority. */
    public List<String> labels() {
        return "high".equals(priority) ? List.of(category, "urgent") : List.of(category);
    }
}
