package dev.seed.camel.timelinesai.metrics;

import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the component's figures as Micrometer meters when Micrometer is on the classpath and a
 * {@code MeterRegistry} is in the Camel registry; without Micrometer it does nothing (the binder class, the only
 * one that names Micrometer types, is then never loaded).
 */
public final class TimelinesAiMeters {
    private static final Logger LOG = LoggerFactory.getLogger(TimelinesAiMeters.class);
    private static final boolean MICROMETER = present("io.micrometer.core.instrument.MeterRegistry");

    private TimelinesAiMeters() {
    }

    /** Binds the endpoint's (and its component's) figures to the registry's MeterRegistry, if there is one. */
    public static void bindIfAvailable(TimelinesAiEndpoint endpoint) {
        if (!MICROMETER) {
            return;
        }
        try {
            MicrometerBinder.bind(endpoint);
        } catch (LinkageError | RuntimeException e) {
            LOG.warn("Could not publish TimelinesAI meters: {}", e.toString());
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, TimelinesAiMeters.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
