package dev.seed.camel.timelinesai;

/**
 * {@code wabaAccounts/awaitAnalytics}: the analytics request was still not ready when awaitTimeout passed. The
 * handle stays valid: {@code wabaAccounts/analyticsResult} (or another awaitAnalytics) can read it later.
 */
public class TimelinesAiAnalyticsTimeoutException extends TimelinesAiException {
    private final String handle;
    private final String lastState;

    public TimelinesAiAnalyticsTimeoutException(String handle, String lastState, long timeoutMillis) {
        super("WABA analytics " + handle + " were not ready within " + timeoutMillis + " ms (last state: "
                + (lastState == null ? "none" : lastState) + ")", null);
        this.handle = handle;
        this.lastState = lastState;
    }

    /** The handle of the analytics request, to read its result later. */
    public String getHandle() {
        return handle;
    }

    /** The last state seen, e.g. {@code pending}. */
    public String getLastState() {
        return lastState;
    }
}
