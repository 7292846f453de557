package dev.seed.camel.timelinesai.consumer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.seed.camel.timelinesai.TimelinesAiEventsConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll mode's cursor: the store it is kept in and the state last saved there. The default store is a file
 * named after the base URL, the workspace and the event types, not the token, so a token rotation keeps the
 * cursor; a file named after the token (as earlier versions did) is taken over once.
 */
final class PollCursor {
    /** Where the default cursor files are kept, relative to the working directory. */
    static final Path DEFAULT_DIRECTORY = Path.of(".camel-timelinesai");
    private static final Logger LOG = LoggerFactory.getLogger(PollCursor.class);

    private final PollStateStore store;
    private PollState state;

    PollCursor(PollStateStore store) {
        this.store = store;
        this.state = store.load();
    }

    PollStateStore store() {
        return store;
    }

    /** The saved state, or {@code null} before the first poll. */
    PollState state() {
        return state;
    }

    /** The cursor in the configured store or file, or {@code null} for the default file (named on the first poll). */
    static PollCursor configured(TimelinesAiEventsConfiguration config) {
        if (config.getPollStateStore() != null) {
            return new PollCursor(config.getPollStateStore());
        }
        return config.getPollStateFile() == null ? null
                : new PollCursor(new FilePollStateStore(Path.of(config.getPollStateFile())));
    }

    /** Reads the state again from the store (another replica may have moved it). */
    void reload() {
        state = store.load();
    }

    /** Saves {@code next} when it differs from the saved state. */
    void save(PollState next) {
        if (!next.equals(state)) {
            store.save(next);
            state = next;
        }
    }

    /** The default file store in {@code directory} for the workspace, taking over a token-named file if present. */
    static FilePollStateStore defaultStore(Path directory, String baseUrl, String eventTypes, String workspaceId,
                                           String token) {
        FilePollStateStore store = new FilePollStateStore(
                directory.resolve(fileName(baseUrl + "|" + eventTypes + "|workspace:" + workspaceId)));
        Path tokenNamed = directory.resolve(fileName(baseUrl + "|" + eventTypes + "|" + token));
        if (!Files.exists(store.getFile()) && Files.exists(tokenNamed)) {
            PollState earlier = new FilePollStateStore(tokenNamed).load();
            if (earlier != null) {
                store.save(earlier);
                LOG.info("TimelinesAI poll cursor taken over from {} into {} (cursor files are now named after the "
                        + "workspace, so they survive a token rotation)", tokenNamed, store.getFile());
            }
        }
        return store;
    }

    /** {@code poll-<first 16 hex digits of the identity's SHA-256>.json}. */
    static String fileName(String identity) {
        try {
            return "poll-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8))).substring(0, 16) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
