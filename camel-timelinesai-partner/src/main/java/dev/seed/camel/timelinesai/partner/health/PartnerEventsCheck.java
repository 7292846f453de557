package dev.seed.camel.timelinesai.partner.health;

import dev.seed.camel.timelinesai.health.ReadinessCheck;
import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerEndpoint;
import org.apache.camel.Consumer;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.support.service.ServiceHelper;

/** Readiness of {@code timelinesai-partner:events}: its webhook path is served through platform-http. */
final class PartnerEventsCheck extends ReadinessCheck {
    private final TimelinesAiPartnerEndpoint endpoint;
    private final Consumer consumer;

    PartnerEventsCheck(TimelinesAiPartnerEndpoint endpoint, Consumer consumer) {
        super("timelinesai-partner-events");
        this.endpoint = endpoint;
        this.consumer = consumer;
    }

    @Override
    protected void check(HealthCheckResultBuilder builder) {
        String path = endpoint.getEventsConfiguration().getWebhookPath();
        builder.detail("timelinesai.webhook.path", path);
        if (ServiceHelper.isStarted(consumer) && !served(endpoint.getCamelContext(), path)) {
            builder.down().message("The partner webhook path " + path + " is not served");
        } else {
            builder.up();
        }
    }
}
