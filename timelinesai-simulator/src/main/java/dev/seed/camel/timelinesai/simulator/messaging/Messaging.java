package dev.seed.camel.timelinesai.simulator.messaging;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;

/** What the messaging endpoints share beyond the workspace state: the outbox and the notes' privacy flags. */
public final class Messaging {
    private final Outbox outbox;
    private final NotePrivacy notePrivacy = new NotePrivacy();

    public Messaging(SimulatorContext context) {
        this.outbox = new Outbox(context);
    }

    public Outbox outbox() { return outbox; }

    public NotePrivacy notePrivacy() { return notePrivacy; }

    /** Back to nothing sent, nothing charged, no notes. */
    public void reset() {
        outbox.reset();
        notePrivacy.clear();
    }
}
