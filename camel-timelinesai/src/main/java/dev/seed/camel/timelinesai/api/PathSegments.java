package dev.seed.camel.timelinesai.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encodes ids for use as one URL path segment (so an id can never add a slash). */
final class PathSegments {

    private PathSegments() {
    }

    static String encode(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An id in the path must not be empty");
        }
        return URLEncoder.encode(id.trim(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
