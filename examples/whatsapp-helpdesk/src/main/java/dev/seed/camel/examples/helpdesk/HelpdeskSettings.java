package dev.seed.camel.examples.helpdesk;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Where the help desk runs and against what: the embedded simulator (no {@code TIMELINESAI_TOKEN}) or the real
 * TimelinesAI, with webhooks when {@code TIMELINESAI_WEBHOOK_URL} gives a public URL, else polling.
 */
public record HelpdeskSettings(
        boolean simulated,
        String token,
        String baseUrl,
        String webhookExternalUrl,
        int httpPort,
        Duration duration,
        String databaseUrl,
        Path broadcastDir) {

    public static final String TOKEN_ENV = "TIMELINESAI_TOKEN";
    public static final String WEBHOOK_URL_ENV = "TIMELINESAI_WEBHOOK_URL";
    public static final String BASE_URL_ENV = "TIMELINESAI_BASE_URL";
    public static final String REAL_BASE_URL = "https://app.timelines.ai/integrations/api";

    /** Webhook mode (a URL TimelinesAI can post to is known) or poll mode. */
    public boolean webhookMode() {
        return webhookExternalUrl != null;
    }

    /** With a duration the application runs that long; without, the demo stops when its scenario is done. */
    public boolean runsForDuration() {
        return duration != null;
    }

    /**
     * Reads {@code --duration=90s|5m|1h}, {@code --port=N}, {@code --db=JDBC_URL}, {@code --broadcast-dir=DIR}
     * and the environment.
     */
    public static HelpdeskSettings from(String[] args, Map<String, String> env) {
        Duration duration = null;
        Integer port = null;
        String db = null;
        Path broadcastDir = null;
        for (String arg : args) {
            if (arg.startsWith("--duration=")) {
                duration = parseDuration(arg.substring("--duration=".length()));
            } else if (arg.startsWith("--port=")) {
                port = parsePort(arg.substring("--port=".length()));
            } else if (arg.startsWith("--db=")) {
                db = arg.substring("--db=".length());
            } else if (arg.startsWith("--broadcast-dir=")) {
                broadcastDir = Path.of(arg.substring("--broadcast-dir=".length()));
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("Unknown option " + arg
                        + " (options: --duration=5m --port=8080 --db=jdbc:h2:... --broadcast-dir=DIR)");
            }
        }
        String token = blankToNull(env.get(TOKEN_ENV));
        if (token == null) {
            return new HelpdeskSettings(true, null, null, null, port != null ? port : freePort(), duration,
                    db != null ? db : "jdbc:h2:mem:helpdesk;DB_CLOSE_DELAY=-1", broadcastDir);
        }
        String baseUrl = blankToNull(env.get(BASE_URL_ENV));
        return new HelpdeskSettings(false, token, baseUrl != null ? baseUrl : REAL_BASE_URL,
                blankToNull(env.get(WEBHOOK_URL_ENV)), port != null ? port : 8080, duration,
                db != null ? db : "jdbc:h2:file:./helpdesk-data/helpdesk",
                broadcastDir != null ? broadcastDir : Path.of("broadcast"));
    }

    /** The same settings with the broadcast folder the demo prepared. */
    public HelpdeskSettings withBroadcastDir(Path dir) {
        return new HelpdeskSettings(simulated, token, baseUrl, webhookExternalUrl, httpPort, duration, databaseUrl, dir);
    }

    /** The same settings pointed at a simulator: its base URL and token, webhooks to this host. */
    public HelpdeskSettings withSimulator(String simulatorBaseUrl, String simulatorToken) {
        return new HelpdeskSettings(true, simulatorToken, simulatorBaseUrl, "http://127.0.0.1:" + httpPort, httpPort,
                duration, databaseUrl, broadcastDir);
    }

    @Override
    public String toString() {
        return "HelpdeskSettings[simulated=" + simulated + ", token=" + (token == null ? "none" : "xxxxxx")
                + ", baseUrl=" + baseUrl + ", webhookExternalUrl=" + webhookExternalUrl + ", httpPort=" + httpPort
                + ", duration=" + duration + ", databaseUrl=" + databaseUrl + ", broadcastDir=" + broadcastDir + "]";
    }

    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase();
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            } else if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            } else if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            } else if (t.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--duration must look like 90s, 5m or 1h, not '" + text + "'");
        }
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("--port must be 1-65535, not " + port);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, not '" + text + "'");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free local port for the webhook server", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
