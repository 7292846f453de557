package dev.seed.camel.timelinesai.consumer;

/** A poll cursor kept in memory only (lost on restart); handy in tests and for throw-away routes. */
public class MemoryPollStateStore implements PollStateStore {
    private volatile PollState state;

    @Override
    public PollState load() {
        return state;
    }

    @Override
    public void save(PollState state) {
        this.state = state;
    }
}
