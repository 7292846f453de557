package dev.seed.camel.timelinesai.simulator.messaging;

import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

/**
 * A validated send, ready for the outbox: the sending account, the chat it goes to (or, when the chat does
 * not exist yet, the contact phone to open one with), the content and the endpoint it came through.
 */
public record SendPlan(WhatsAppAccount account, Chat chat, String newChatPhone, SendContent content, String endpoint) {

    public static SendPlan intoChat(WhatsAppAccount account, Chat chat, SendContent content, String endpoint) {
        return new SendPlan(account, chat, null, content, endpoint);
    }

    public static SendPlan toNewChat(WhatsAppAccount account, String phone, SendContent content, String endpoint) {
        return new SendPlan(account, null, phone, content, endpoint);
    }
}
