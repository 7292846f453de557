package dev.seed.camel.examples.helpdesk;

import dev.seed.camel.timelinesai.event.MessageEvent;

/** An inbound WhatsApp message of a direct chat, as the help desk needs it. */
public record CustomerMessage(long chatId, String messageUid, String phone, String name, String text,
                              String accountPhone) {

    /** Whether the event is a text a customer wrote in a direct chat (not a group, not a bare attachment). */
    public static boolean isCustomerText(MessageEvent event) {
        return event.chat() != null && !event.chat().isGroup() && event.chat().chatId() != null
                && event.message() != null && event.message().text() != null && !event.message().text().isBlank();
    }

    public static CustomerMessage of(MessageEvent event) {
        String name = event.message().sender() != null && event.message().sender().fullName() != null
                ? event.message().sender().fullName() : event.chat().fullName();
        String phone = event.message().sender() != null && event.message().sender().phone() != null
                ? event.message().sender().phone() : event.chat().phone();
        return new CustomerMessage(event.chat().chatId(), event.messageUid(), phone, name, event.message().text(),
                event.accountPhone());
    }

    /** The first name, for a friendly answer. */
    public String firstName() {
        if (name == null || name.isBlank() || name.startsWith("+")) {
            return "there";
        }
        return name.trim().split("\\s+")[0];
    }
}
