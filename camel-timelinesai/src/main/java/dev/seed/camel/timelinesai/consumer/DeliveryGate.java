package dev.seed.camel.timelinesai.consumer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets an event through to its work only when the consumer wants its type and has not seen it: keys go to an
 * {@link IdempotentRepository}, are confirmed when the work succeeded and removed when it failed, so that a
 * redelivery is processed. A repeat that arrives while the first is still being processed is reported
 * {@link DeliveryOutcome#IN_PROGRESS} (the first may still fail); with a {@link ClaimingIdempotentRepository}
 * shared by replicas, also when the first runs on another replica. Shared by the workspace and the partner
 * consumers.
 */
public final class DeliveryGate<E> {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryGate.class);
    private final Predicate<E> accepts;
    private final BiFunction<E, byte[], String> keyOf;
    private final IdempotentRepository repository;
    /** Keys being processed: a repeat that arrives meanwhile must not be acknowledged as done. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    /** @param repository the seen keys, or {@code null} to let repeats through */
    public DeliveryGate(Predicate<E> accepts, BiFunction<E, byte[], String> keyOf, IdempotentRepository repository) {
        this.accepts = accepts;
        this.keyOf = keyOf;
        this.repository = repository;
    }

    /**
     * Takes {@code key} in the repository: {@code null} when the event is to be processed, else why not. A
     * {@link ClaimingIdempotentRepository} tells a key another replica still processes from a key done.
     */
    private DeliveryOutcome admit(String key) {
        if (repository instanceof ClaimingIdempotentRepository claiming) {
            return switch (claiming.claim(key)) {
                case CLAIMED -> null;
                case DONE -> DeliveryOutcome.DUPLICATE;
                case IN_PROGRESS -> DeliveryOutcome.IN_PROGRESS;
            };
        }
        return repository == null || repository.add(key) ? null : DeliveryOutcome.DUPLICATE;
    }

    /** {@code type|sha256:<hex of payload>}: the key of an event that has no natural one. */
    public static String digestKey(String eventType, byte[] payload) {
        try {
            return eventType + "|sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The work done for an accepted event; it reports its outcome through {@code finish}, once. */
    @FunctionalInterface
    public interface Work {
        void start(DeliveryCallback finish);
    }

    /**
     * Runs {@code work} for the event unless it is ignored, a duplicate or already in progress; {@code done} gets
     * the outcome once. Whatever {@code work} throws (any {@link Throwable}) fails the delivery: the key is
     * released and kept out of the repository, so the redelivery is processed.
     */
    public void run(E event, byte[] raw, Work work, DeliveryCallback done) {
        if (!accepts.test(event)) {
            done.done(DeliveryOutcome.IGNORED, null);
            return;
        }
        String key = keyOf.apply(event, raw);
        if (!inFlight.add(key)) {
            done.done(DeliveryOutcome.IN_PROGRESS, null);
            return;
        }
        DeliveryOutcome refused;
        try {
            refused = admit(key);
        } catch (RuntimeException e) {
            // the repository failed (its database is down): no answer that could lose the event
            inFlight.remove(key);
            done.done(DeliveryOutcome.FAILED, e);
            return;
        }
        if (refused != null) {
            inFlight.remove(key);
            done.done(refused, null);
            return;
        }
        AtomicBoolean settled = new AtomicBoolean();
        DeliveryCallback settle = (outcome, failure) -> {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            try {
                if (repository != null && outcome == DeliveryOutcome.FAILED) {
                    repository.remove(key);
                } else if (repository != null) {
                    repository.confirm(key);
                }
            } catch (RuntimeException e) {
                // a claim left behind expires, so the event is processed again then (at-least-once)
                LOG.warn("The idempotent repository could not record the outcome {} of an event: {}", outcome,
                        e.getMessage());
            }
            inFlight.remove(key);
            done.done(outcome, failure);
        };
        try {
            work.start(settle);
        } catch (Throwable thrown) {
            settle.done(DeliveryOutcome.FAILED, thrown);
        }
    }
}
