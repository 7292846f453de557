package dev.seed.camel.timelinesai.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.seed.camel.timelinesai.internal.json.JsonSupport;

/** The default poll cursor store: a small JSON file, replaced atomically on each save. */
public class FilePollStateStore implements PollStateStore {
    private final Path file;

    public FilePollStateStore(Path file) {
        this.file = file;
    }

    public Path getFile() {
        return file;
    }

    @Override
    public PollState load() {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return JsonSupport.mapper().readValue(file.toFile(), PollState.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the TimelinesAI poll state " + file, e);
        }
    }

    @Override
    public void save(PollState state) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.write(temp, JsonSupport.toBytes(state));
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the TimelinesAI poll state " + file, e);
        }
    }
}
