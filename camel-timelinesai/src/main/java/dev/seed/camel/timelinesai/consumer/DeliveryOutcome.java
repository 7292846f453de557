package dev.seed.camel.timelinesai.consumer;

/** What became of one event handed to the consumer. */
public enum DeliveryOutcome {
    /** The route (or the handover endpoint) took it. */
    PROCESSED,
    /** Seen before: dropped by the idempotent repository. */
    DUPLICATE,
    /** The same event is being processed right now (an earlier delivery still runs): try again later. */
    IN_PROGRESS,
    /** Not one of the consumer's event types: dropped. */
    IGNORED,
    /** The route or the handover failed; the event is not marked as seen. */
    FAILED
}
