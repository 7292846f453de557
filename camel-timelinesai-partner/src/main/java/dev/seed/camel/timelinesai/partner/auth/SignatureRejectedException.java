package dev.seed.camel.timelinesai.partner.auth;

/** A partner webhook signature that does not pass; the message names the reason, never the token or the secret. */
public class SignatureRejectedException extends RuntimeException {

    public SignatureRejectedException(String message) {
        super(message, null, false, false);
    }
}
