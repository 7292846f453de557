package dev.seed.camel.timelinesai.simulator.messaging;

import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

/** A message accepted through a Public API send endpoint, as the outbox keeps it. */
public record OutboundSend(Chat chat, WhatsAppAccount account, Message message, String endpoint) {

    /** The contact's phone for a direct chat, null for a group. */
    public String phone() {
        return chat.isGroup() ? null : chat.phone();
    }

    /** Whether WhatsApp will refuse it: a direct chat with one of the designated unreachable numbers. */
    public boolean unreachable() {
        return !chat.isGroup() && Phones.isUnreachable(chat.phone());
    }
}
