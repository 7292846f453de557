package dev.seed.camel.timelinesai.simulator.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder holding the vendor's OpenAPI documents. They are not shipped with the simulator: contract
 * checks run only when this folder is named (system property {@value #PROPERTY}, else environment variable
 * {@value #ENV}) and exists.
 */
public final class SpecFolder {
    /** System property naming the spec folder. */
    public static final String PROPERTY = "timelinesai.spec.dir";
    /** Environment variable naming the spec folder, read when the system property is not set. */
    public static final String ENV = "TIMELINESAI_SPEC_DIR";
    public static final String PUBLIC_API = "public_api_spec.yaml";
    public static final String PARTNER_API = "partner_api_spec.yaml";
    public static final String WEBHOOKS = "webhook_spec.yaml";
    public static final String PARTNER_WEBHOOKS = "partner_api_webhook_spec.yaml";

    private final Path dir;

    private SpecFolder(Path dir) {
        this.dir = dir;
    }

    /** The folder at {@code dir}; fails naming it when it is not a folder. */
    public static SpecFolder of(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("Spec folder " + absolute + " does not exist");
        }
        return new SpecFolder(absolute);
    }

    /** The folder named by the system property or the environment variable, if one is named at all. */
    public static Optional<Path> configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(ENV);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value).toAbsolutePath().normalize());
    }

    /** The configured folder when it exists; empty when none is named or the named one is missing. */
    public static Optional<SpecFolder> find() {
        return configured().filter(Files::isDirectory).map(SpecFolder::new);
    }

    /** Why {@link #find()} found nothing, for a log line or a skipped test. */
    public static String whyAbsent() {
        return configured()
                .map(dir -> "spec folder " + dir + " not found")
                .orElse("no spec folder named (system property " + PROPERTY + " or environment variable " + ENV + ")");
    }

    public Path dir() {
        return dir;
    }

    /** The text of one spec file of this folder. */
    public String read(String specFile) {
        Path file = dir.resolve(specFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Spec " + specFile + " is not in the spec folder " + dir);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read spec " + file, e);
        }
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
