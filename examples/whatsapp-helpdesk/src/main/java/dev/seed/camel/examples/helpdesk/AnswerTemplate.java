package dev.seed.camel.examples.helpdesk;

import java.util.List;

import dev.seed.camel.timelinesai.model.waba.WabaOutboundTemplate;

/**
 * The approved WhatsApp Business Platform template a ticket answer goes out as once the customer's 24-hour window
 * has closed: header {@code Ticket {{1}}} (the ticket number), body {@code {{1}}} first name, {@code {{2}}} ticket
 * number, {@code {{3}}} the answer.
 */
public record AnswerTemplate(String name, String language) {
    /** Meta's limit for the text of one body variable. */
    static final int MAX_VARIABLE_LENGTH = 1024;

    public AnswerTemplate {
        if (name == null || name.isBlank() || language == null || language.isBlank()) {
            throw new IllegalArgumentException("helpdesk.waba.template.name and helpdesk.waba.template.language"
                    + " must name an approved template of the WhatsApp Business Platform account");
        }
    }

    /** The template with this answer's variables (a variable may not hold line breaks: they become spaces). */
    public WabaOutboundTemplate forAnswer(String ticketNumber, String firstName, String answer) {
        return WabaOutboundTemplate.positional(name, language, List.of(ticketNumber),
                List.of(firstName, ticketNumber, variable(answer)));
    }

    private static String variable(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_VARIABLE_LENGTH ? flat : flat.substring(0, MAX_VARIABLE_LENGTH - 1) + "…";
    }
}
