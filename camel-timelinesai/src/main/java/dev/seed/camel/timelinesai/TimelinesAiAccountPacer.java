package dev.seed.camel.timelinesai;

/**
 * Spaces the sends of each WhatsApp account by an interval: {@link #reserve(String)} books the account's next
 * free slot and says how long to wait for it. The default keeps the slots in the JVM; an implementation backed by
 * a shared store spaces one account's sends across replicas.
 */
public interface TimelinesAiAccountPacer {
    /** Reserves the next send slot of {@code account}; returns the nanoseconds until it (0: send now). */
    long reserve(String account);
}
