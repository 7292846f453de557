package dev.seed.camel.timelinesai;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A send (or another write TimelinesAI does not deduplicate) failed after the request may have reached the
 * server: a timeout, a 5xx answer or a connection lost after writing. The message may or may not be queued, so
 * it is never resent silently. Carries what is known to reconcile: the call, the target, a SHA-256 of the text
 * and when the attempt started; the cause is the underlying server or communication error.
 */
public class TimelinesAiAmbiguousSendException extends TimelinesAiException {
    private final String call;
    private final String target;
    private final String textHash;
    private final Instant attemptedAt;

    public TimelinesAiAmbiguousSendException(String call, String target, String text, Instant attemptedAt,
                                             TimelinesAiException cause) {
        super("TimelinesAI " + call + (target == null ? "" : " to " + target) + " ended ambiguously (it may or may "
                + "not have been accepted; not resent): " + cause.getMessage(), cause);
        this.call = call;
        this.target = target;
        this.textHash = text == null ? null : hash(text);
        this.attemptedAt = attemptedAt;
        setHttpResponseCode(cause.getHttpStatus());
        setHttpResponseStatus(cause.getHttpResponseStatus());
    }

    /** The same exception, naming the send's target and carrying the hash of its text (known to the operation). */
    public TimelinesAiAmbiguousSendException about(String sendTarget, String text) {
        TimelinesAiAmbiguousSendException named = new TimelinesAiAmbiguousSendException(call, sendTarget, text,
                attemptedAt, (TimelinesAiException) getCause());
        named.setStackTrace(getStackTrace());
        return named;
    }

    /** The HTTP call, e.g. {@code POST /chats/123/messages}. */
    public String getCall() {
        return call;
    }

    /** The recipient as known to the component, e.g. {@code chat 123}, {@code phone +14155550123}; may be null. */
    public String getTarget() {
        return target;
    }

    /** Hex SHA-256 of the message text (compare with {@link #hash(String)} of a candidate's text); null without text. */
    public String getTextHash() {
        return textHash;
    }

    /** When the last attempt started. */
    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    /** Whether {@code text} is the text this exception is about. */
    public boolean matchesText(String text) {
        return textHash != null && text != null && textHash.equals(hash(text));
    }

    /** Hex SHA-256 of a UTF-8 text. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
