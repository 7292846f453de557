package dev.seed.camel.timelinesai;

/**
 * {@code wabaAccounts/awaitAnalytics}: TimelinesAI ended the analytics request in state {@code error}, for
 * example because the account stopped being active; {@link #getCode()} and {@link #getApiMessage()} say why.
 */
public class TimelinesAiAnalyticsFailedException extends TimelinesAiException {
    private final String handle;
    private final Integer code;

    public TimelinesAiAnalyticsFailedException(String handle, Integer code, String message) {
        super("WABA analytics " + handle + " failed" + (code == null ? "" : " (code " + code + ")")
                + (message == null || message.isBlank() ? "" : ": " + message), 0, null, null, message, null, null);
        this.handle = handle;
        this.code = code;
    }

    /** The handle of the failed analytics request. */
    public String getHandle() {
        return handle;
    }

    /** The error code of the analytics result (an HTTP-like status such as 409), or {@code null}. */
    public Integer getCode() {
        return code;
    }
}
