package dev.seed.camel.timelinesai;

/**
 * Raised before a send when the workspace's messaging credits (as last read from {@code GET /workspace}, minus
 * what was sent since) cannot cover it; nothing was sent. Only with the endpoint option {@code checkCredits}.
 */
public class TimelinesAiInsufficientCreditsException extends TimelinesAiQuotaExceededException {
    private final long required;
    private final long available;

    public TimelinesAiInsufficientCreditsException(long required, long available) {
        super("The messaging quota cannot cover this send: it needs " + required + " credit(s), " + available
                + " left; nothing was sent", 0, null, "quota_exceeded", null, null, null);
        this.required = required;
        this.available = available;
    }

    public long getRequired() {
        return required;
    }

    public long getAvailable() {
        return available;
    }
}
