package dev.seed.camel.timelinesai.consumer;

/** Receives what became of one event: the outcome and, when it failed, why. */
@FunctionalInterface
public interface DeliveryCallback {

    /** @param failure the cause of a {@link DeliveryOutcome#FAILED} outcome, else {@code null} */
    void done(DeliveryOutcome outcome, Throwable failure);
}
