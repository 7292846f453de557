package dev.seed.camel.timelinesai.simulator.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Which notes were added as private; notes are messages, but the message record has no place for the flag. */
public final class NotePrivacy {
    private final Map<String, Boolean> privateByUid = new ConcurrentHashMap<>();

    public void record(String noteUid, boolean isPrivate) {
        privateByUid.put(noteUid, isPrivate);
    }

    /** The flag of a note; notes of unknown origin count as private (the API's default). */
    public boolean isPrivate(String noteUid) {
        return privateByUid.getOrDefault(noteUid, Boolean.TRUE);
    }

    public void clear() {
        privateByUid.clear();
    }
}
