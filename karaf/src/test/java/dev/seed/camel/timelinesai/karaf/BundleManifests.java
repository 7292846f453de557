package dev.seed.camel.timelinesai.karaf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Reads the OSGi manifest of the bundle a class comes from, whether the build hands the test the packaged jar or the
 * module's target/classes (where bnd-maven-plugin writes the same MANIFEST.MF before the jar is made).
 */
final class BundleManifests {
    private BundleManifests() {
    }

    /** The jar file or classes directory of {@code type}. */
    static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Manifest manifest(Class<?> type) throws IOException {
        Path location = location(type);
        if (Files.isDirectory(location)) {
            try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
                return new Manifest(in);
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return jar.getManifest();
        }
    }

    /** Whether the bundle of {@code type} holds the entry {@code name}. */
    static boolean contains(Class<?> type, String name) throws IOException {
        Path location = location(type);
        if (Files.isDirectory(location)) {
            return Files.exists(location.resolve(name));
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return jar.getEntry(name) != null;
        }
    }

    /** Parses an OSGi header into clause name → attributes and directives (raw text after the name). */
    static Map<String, String> clauses(String header) {
        Map<String, String> result = new LinkedHashMap<>();
        if (header == null) {
            return result;
        }
        for (String clause : split(header, ',')) {
            int semi = clause.indexOf(';');
            String name = (semi < 0 ? clause : clause.substring(0, semi)).trim();
            result.put(name, semi < 0 ? "" : clause.substring(semi + 1));
        }
        return result;
    }

    /** Splits on {@code separator} outside double quotes. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
