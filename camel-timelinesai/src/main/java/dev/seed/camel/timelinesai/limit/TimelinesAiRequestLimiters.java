package dev.seed.camel.timelinesai.limit;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM-wide limiters, one per target host ({@code scheme://host:port}): TimelinesAI limits calls per client
 * IP, so every component (timelinesai, timelinesai-partner) and every CamelContext in the JVM that calls the same
 * host shares one {@link LocalRequestLimiter}. The first caller's numbers win; a later caller asking for
 * other numbers gets the existing limiter and a warning.
 */
public final class TimelinesAiRequestLimiters {
    private static final Logger LOG = LoggerFactory.getLogger(TimelinesAiRequestLimiters.class);
    private static final Map<String, LocalRequestLimiter> SHARED = new ConcurrentHashMap<>();

    private TimelinesAiRequestLimiters() {
    }

    /** The shared limiter of the host of {@code baseUrl}, created with these numbers if it is the first. */
    public static LocalRequestLimiter forUrl(String baseUrl, int permitsPerSecond, int burst) {
        String key = hostKey(baseUrl);
        LocalRequestLimiter limiter = SHARED.computeIfAbsent(key,
                k -> new LocalRequestLimiter(permitsPerSecond, burst));
        if (limiter.getPermitsPerSecond() != permitsPerSecond || limiter.getBurst() != burst) {
            LOG.warn("The shared request limiter of {} already runs at {}/s with burst {}; keeping it (asked for {}/s, "
                    + "burst {})", key, limiter.getPermitsPerSecond(), limiter.getBurst(), permitsPerSecond, burst);
        }
        return limiter;
    }

    /** {@code scheme://host:port} of a URL, with the scheme's default port when none is given. */
    public static String hostKey(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute URL: " + baseUrl);
        }
        String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "http".equals(scheme) ? 80 : 443;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
