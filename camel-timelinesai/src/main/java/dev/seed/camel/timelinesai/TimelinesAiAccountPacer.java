package dev.seed.camel.timelinesai;

/**
 * Gives each WhatsApp account one turn to send at a time, and the next turn no sooner than an interval after the
 * previous send was answered, so two sends of one account never overlap and reach TimelinesAI at least the interval
 * apart, whatever delays each one meets on the way (the request budget, threads, the network). The in-JVM
 * {@link TimelinesAiLocalAccountPacer} spaces the sends of one JVM; an implementation on a store the replicas share
 * spaces them across replicas.
 */
public interface TimelinesAiAccountPacer {
    /**
     * Takes the turn of {@code account} when it is free and its interval since the last answered send has passed:
     * returns 0, and the caller sends, then calls {@link #endTurn(String)}. Otherwise takes nothing and returns the
     * nanoseconds after which asking again is worthwhile (always positive).
     */
    long tryTakeTurn(String account);

    /**
     * Ends the turn this pacer gave for {@code account}, once its send was answered or failed: the account's next
     * turn comes no sooner than the interval from now.
     */
    void endTurn(String account);
}
