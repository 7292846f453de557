package dev.seed.camel.timelinesai.partner.health;

import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerEndpoint;
import org.apache.camel.Consumer;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;

/**
 * The health wiring of one {@code timelinesai-partner} endpoint, owned by it: while a producer endpoint runs its
 * credentials check is registered (when camel-health is there); the events consumer gets its check when created.
 */
public final class PartnerHealth {
    private final TimelinesAiPartnerEndpoint endpoint;
    private PartnerCredentialsCheck check;
    private HealthCheckRegistry registry;

    public PartnerHealth(TimelinesAiPartnerEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The endpoint has started: registers its credentials check under a free id. */
    public synchronized void start() {
        HealthCheckRegistry found = HealthCheckHelper.getHealthCheckRegistry(endpoint.getCamelContext());
        if (found == null || endpoint.isEventsEndpoint() || check != null) {
            return;
        }
        synchronized (found) {
            String id = "timelinesai-partner";
            for (int n = 2; found.getCheck(id).isPresent(); n++) {
                id = "timelinesai-partner-" + n;
            }
            check = new PartnerCredentialsCheck(id, endpoint);
            registry = found;
            found.register(check);
        }
    }

    /** The endpoint stops: unregisters its check. */
    public synchronized void stop() {
        if (check != null) {
            registry.unregister(check);
        }
        check = null;
        registry = null;
    }

    /** Gives the events consumer its check: DOWN while its webhook path is not served. */
    public void consumerCreated(Consumer consumer) {
        if (consumer instanceof HealthCheckAware aware) {
            aware.setHealthCheck(new PartnerEventsCheck(endpoint, consumer));
        }
    }
}
