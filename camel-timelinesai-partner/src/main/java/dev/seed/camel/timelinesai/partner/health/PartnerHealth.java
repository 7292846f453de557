package dev.seed.camel.timelinesai.partner.health;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerEndpoint;
import org.apache.camel.Consumer;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;

/**
 * Registers the credentials check of each started {@code timelinesai-partner} producer endpoint (when
 * camel-health is there) and gives the events consumer its check.
 */
public final class PartnerHealth {
    private static final Map<TimelinesAiPartnerEndpoint, PartnerCredentialsCheck> CHECKS = new ConcurrentHashMap<>();

    private PartnerHealth() {
    }

    public static void endpointStarted(TimelinesAiPartnerEndpoint endpoint) {
        HealthCheckRegistry registry = HealthCheckHelper.getHealthCheckRegistry(endpoint.getCamelContext());
        if (registry == null || endpoint.isEventsEndpoint()) {
            return;
        }
        synchronized (CHECKS) {
            String id = "timelinesai-partner";
            for (int n = 2; registry.getCheck(id).isPresent(); n++) {
                id = "timelinesai-partner-" + n;
            }
            PartnerCredentialsCheck check = new PartnerCredentialsCheck(id, endpoint);
            CHECKS.put(endpoint, check);
            registry.register(check);
        }
    }

    public static void endpointStopped(TimelinesAiPartnerEndpoint endpoint) {
        PartnerCredentialsCheck check = CHECKS.remove(endpoint);
        HealthCheckRegistry registry = HealthCheckHelper.getHealthCheckRegistry(endpoint.getCamelContext());
        if (check != null && registry != null) {
            registry.unregister(check);
        }
    }

    /** Gives the events consumer its check: DOWN while its webhook path is not served. */
    public static void attach(TimelinesAiPartnerEndpoint endpoint, Consumer consumer) {
        if (consumer instanceof HealthCheckAware aware) {
            aware.setHealthCheck(new PartnerEventsCheck(endpoint, consumer));
        }
    }
}
