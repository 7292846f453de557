package dev.seed.camel.timelinesai.consumer;

/** Where the poll mode keeps its cursor between restarts; implement it to use a database or a cache. */
public interface PollStateStore {

    /** The saved cursor, or {@code null} before the first poll. */
    PollState load();

    void save(PollState state);
}
