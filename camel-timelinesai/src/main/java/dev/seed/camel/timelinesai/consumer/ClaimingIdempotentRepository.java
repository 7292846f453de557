package dev.seed.camel.timelinesai.consumer;

import org.apache.camel.spi.IdempotentRepository;

/**
 * An {@link IdempotentRepository} that tells a key still being processed (possibly by another replica) from a
 * key done, so a webhook consumer answers a redelivery of an event in progress with a retryable status instead of
 * acknowledging it. A claim is confirmed when the work succeeded and removed when it failed; a claim neither
 * confirmed nor removed within the implementation's expiry (its holder died) can be taken over.
 */
public interface ClaimingIdempotentRepository extends IdempotentRepository {
    /** What {@link #claim(String)} found. */
    enum Claim {
        /** The caller now holds the key and must confirm or remove it. */
        CLAIMED,
        /** The key was processed: the event is a duplicate. */
        DONE,
        /** Someone else holds an unexpired claim on the key. */
        IN_PROGRESS
    }

    /** Claims {@code key} for processing, atomically across everyone sharing the store. */
    Claim claim(String key);
}
