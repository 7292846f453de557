package dev.seed.camel.timelinesai;

/** {@code messages/awaitStatus}: the message did not reach the expected status within the timeout. */
public class TimelinesAiAwaitTimeoutException extends TimelinesAiException {
    private final String messageUid;
    private final String lastStatus;

    public TimelinesAiAwaitTimeoutException(String messageUid, String expected, String lastStatus, long timeoutMillis) {
        super("Message " + messageUid + " did not reach status " + expected + " within " + timeoutMillis
                + " ms (last status: " + (lastStatus == null ? "none" : lastStatus) + ")", null);
        this.messageUid = messageUid;
        this.lastStatus = lastStatus;
    }

    public String getMessageUid() {
        return messageUid;
    }

    /** The last status seen, or {@code null} if the history stayed empty. */
    public String getLastStatus() {
        return lastStatus;
    }
}
