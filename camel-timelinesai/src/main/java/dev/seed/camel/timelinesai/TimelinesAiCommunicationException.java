package dev.seed.camel.timelinesai;

/** No HTTP response was received (connection refused, timeout, TLS failure); the HTTP status is 0. */
public class TimelinesAiCommunicationException extends TimelinesAiException {

    public TimelinesAiCommunicationException(String message, Throwable cause) {
        super(message, cause);
    }
}
