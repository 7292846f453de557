package dev.seed.camel.timelinesai.partner.health;

import java.util.Map;

import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerEndpoint;
import org.apache.camel.Consumer;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.support.service.ServiceHelper;

/** Readiness of {@code timelinesai-partner:events}: its webhook path is served through platform-http. */
final class PartnerEventsCheck implements HealthCheck {
    private final TimelinesAiPartnerEndpoint endpoint;
    private final Consumer consumer;
    private volatile boolean enabled = true;

    PartnerEventsCheck(TimelinesAiPartnerEndpoint endpoint, Consumer consumer) {
        this.endpoint = endpoint;
        this.consumer = consumer;
    }

    @Override
    public String getGroup() {
        return "timelinesai";
    }

    @Override
    public String getId() {
        return "timelinesai-partner-events";
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        String path = endpoint.getEventsConfiguration().getWebhookPath();
        builder.detail("timelinesai.webhook.path", path);
        if (ServiceHelper.isStarted(consumer) && !served(path)) {
            return builder.down().message("The partner webhook path " + path + " is not served").build();
        }
        return builder.up().build();
    }

    private boolean served(String path) {
        return endpoint.getCamelContext().hasComponent("platform-http") instanceof PlatformHttpComponent http
                && http.getHttpEndpoints().stream().anyMatch(e -> path.equals(e.getUri()) || e.getUri().endsWith(path));
    }
}
