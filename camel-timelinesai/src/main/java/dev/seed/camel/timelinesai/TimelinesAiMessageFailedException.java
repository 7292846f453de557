package dev.seed.camel.timelinesai;

/** {@code messages/awaitStatus}: the message reached status {@code Failed}. */
public class TimelinesAiMessageFailedException extends TimelinesAiException {
    private final String messageUid;

    public TimelinesAiMessageFailedException(String messageUid, String detail) {
        super("Message " + messageUid + " failed" + (detail == null || detail.isBlank() ? "" : ": " + detail), null);
        this.messageUid = messageUid;
    }

    public String getMessageUid() {
        return messageUid;
    }
}
