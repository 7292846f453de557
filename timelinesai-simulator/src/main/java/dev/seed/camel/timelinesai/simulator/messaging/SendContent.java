package dev.seed.camel.timelinesai.simulator.messaging;

import dev.seed.camel.timelinesai.simulator.state.StoredFile;

/** What one send carries: text and/or an attachment, plus the label and quoted message it names. */
public record SendContent(String text, StoredFile file, String label, String replyTo, Long attachmentTemplateId) {

    public boolean hasText() {
        return text != null && !text.isEmpty();
    }

    /** 1 credit a message, 2 for non-empty text with an attachment (the spec's credit rule). */
    public int credits() {
        return hasText() && file != null ? 2 : 1;
    }
}
