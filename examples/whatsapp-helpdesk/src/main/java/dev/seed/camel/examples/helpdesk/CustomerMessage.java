package dev.seed.camel.examples.helpdesk;

import dev.seed.camel.timelinesai.event.MessageEvent;
import dev.seed.camel.timelinesai.event.Party;
import dev.seed.camel.timelinesai.event.waba.WabaMessageData;

/**
 * An inbound WhatsApp message of a direct chat, as the help desk needs it: from a QR-linked account
 * ({@code channel} {@value #QR}) or a WhatsApp Business Platform number ({@value #WABA}, with its account id).
 */
public record CustomerMessage(String channel, long chatId, String messageUid, String phone, String name, String text,
                              String accountPhone, Long wabaAccountId) {
    public static final String QR = "qr";
    public static final String WABA = "waba";

    /** Whether the event is a text a customer wrote in a direct chat (not a group, not a bare attachment). */
    public static boolean isCustomerText(MessageEvent event) {
        return event.chat() != null && !event.chat().isGroup() && event.chat().chatId() != null
                && event.message() != null && event.message().text() != null && !event.message().text().isBlank();
    }

    /** Whether the WABA event is a text a customer wrote ({@code waba:message:received} with text). */
    public static boolean isCustomerText(WabaMessageData event) {
        return "waba:message:received".equals(event.eventType()) && event.isComplete()
                && event.message().text() != null && !event.message().text().isBlank();
    }

    public static CustomerMessage of(MessageEvent event) {
        String name = event.message().sender() != null && event.message().sender().fullName() != null
                ? event.message().sender().fullName() : event.chat().fullName();
        String phone = event.message().sender() != null && event.message().sender().phone() != null
                ? event.message().sender().phone() : event.chat().phone();
        return new CustomerMessage(QR, event.chat().chatId(), event.messageUid(), phone, name, event.message().text(),
                event.accountPhone(), null);
    }

    public static CustomerMessage of(WabaMessageData event) {
        Party sender = event.message().sender();
        String phone = sender == null ? null : sender.phone();
        String name = sender == null || sender.fullName() == null || sender.fullName().isBlank() ? phone
                : sender.fullName();
        return new CustomerMessage(WABA, event.chatId(), event.messageUid(), phone, name, event.message().text(),
                event.accountPhone(), event.wabaAccountId());
    }

    /** The first name, for a friendly answer. */
    public String firstName() {
        return firstNameOf(name);
    }

    /** The first word of a customer's name, or "there" when there is no name (or it is a phone number). */
    public static String firstNameOf(String name) {
        if (name == null || name.isBlank() || name.startsWith("+")) {
            return "there";
        }
        return name.trim().split("\\s+")[0];
    }
}
