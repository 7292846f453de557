package dev.seed.camel.timelinesai.simulator.state;

import java.time.Instant;

/** A file uploaded to the workspace; its bytes are kept in memory. */
public record StoredFile(String uid, String filename, String mimetype, byte[] bytes, String uploadedByEmail,
                         Instant uploadedAt) {

    public long size() {
        return bytes.length;
    }
}
