package dev.seed.camel.timelinesai.simulator.waba;

import dev.seed.camel.timelinesai.simulator.state.StoredFile;

/**
 * A validated WABA send, ready for the outbox: the account, the chat (or, when there is none yet, the contact
 * phone to open one with) and the content — free text, a file with an optional caption, or an approved
 * template with its rendered body text.
 */
public record WabaSend(WabaAccount account, WabaChat chat, String newChatPhone, String text, StoredFile file,
                       WabaTemplate template, String endpoint) {

    public boolean isTemplate() {
        return template != null;
    }

    /** 1 credit a message, 2 for non-empty text with a file (the Public API's credit rule). */
    public int credits() {
        return text != null && !text.isEmpty() && file != null ? 2 : 1;
    }
}
