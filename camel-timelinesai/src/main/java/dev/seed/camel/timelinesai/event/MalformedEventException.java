package dev.seed.camel.timelinesai.event;

/** A delivery that is not JSON or not the shape of a TimelinesAI event; answered 400, no exchange is created. */
public class MalformedEventException extends IllegalArgumentException {
    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
