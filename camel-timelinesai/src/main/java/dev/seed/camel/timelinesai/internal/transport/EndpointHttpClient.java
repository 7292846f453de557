package dev.seed.camel.timelinesai.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import dev.seed.camel.timelinesai.TimelinesAiHttpConfiguration;
import org.apache.camel.CamelContext;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The HTTP client of one started endpoint: the ready client its configuration names (never closed here), or one
 * built from its options, which {@link #close()} closes when the endpoint stops.
 */
public final class EndpointHttpClient {
    private final String userAgent;
    private CloseableHttpClient owned;

    /** {@code userAgent} is sent with every request of a client built here. */
    public EndpointHttpClient(String userAgent) {
        this.userAgent = userAgent;
    }

    /** The client to send with: the configured one, else a new one built from the configuration's options. */
    public CloseableHttpClient open(CamelContext camelContext, TimelinesAiHttpConfiguration configuration) {
        CloseableHttpClient given = configuration.getHttpClient();
        if (given != null) {
            return given;
        }
        owned = HttpClientFactory.create(camelContext, configuration.toHttpSettings(), userAgent);
        return owned;
    }

    /** Closes the client built by {@link #open}, if any. */
    public void close() throws IOException {
        if (owned != null) {
            owned.close();
            owned = null;
        }
    }

    /**
     * The User-Agent {@code product/version}: the version from the {@code version} key of {@code resource} (filtered
     * by Maven), else the jar's implementation version of {@code anchor}, else {@code dev}.
     */
    public static String userAgent(String product, Class<?> anchor, String resource) {
        return product + "/" + version(anchor, resource);
    }

    private static String version(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("$")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to the package version
        }
        String v = anchor.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
