package dev.seed.camel.timelinesai.limit;

/**
 * The budget of API requests every call takes a permit from before it goes on the wire. TimelinesAI limits calls
 * per client IP, so all callers behind one address must share one budget: {@link LocalRequestLimiter} shares it
 * within a JVM; an implementation backed by a shared store shares it across replicas.
 */
public interface TimelinesAiRequestLimiter {
    /** Waits for a permit; returns how long it waited in nanoseconds. */
    long acquire() throws InterruptedException;

    /** Takes a permit only if one is free right now, without waiting; {@code false} leaves the budget as it was. */
    boolean tryAcquire();
}
