package dev.seed.camel.timelinesai.health;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.TimelinesAiEventsConfiguration;
import org.apache.camel.Consumer;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Readiness of a webhook-mode {@code timelinesai:events} consumer: its HTTP path is served, the subscriptions it
 * relies on exist and are enabled at TimelinesAI (as last read by its {@link SubscriptionWatch}, never on the
 * probe), and, when {@code webhookMaxSilence} is set, an event arrived recently while an account is connected.
 */
final class WebhookConsumerCheck extends ReadinessCheck {
    private final TimelinesAiEndpoint endpoint;
    private final Consumer consumer;
    /** The watch of the consumer's current run, or null. */
    private final Supplier<SubscriptionWatch> watch;
    /** The endpoint's shared account probe, or null while it is stopped. */
    private final Supplier<AccountProbe> accounts;
    private final Instant createdAt = Instant.now();

    WebhookConsumerCheck(TimelinesAiEndpoint endpoint, Consumer consumer, Supplier<SubscriptionWatch> watch,
                         Supplier<AccountProbe> accounts) {
        super("timelinesai-events");
        this.endpoint = endpoint;
        this.consumer = consumer;
        this.watch = watch;
        this.accounts = accounts;
    }

    @Override
    protected void check(HealthCheckResultBuilder builder) {
        TimelinesAiEventsConfiguration config = endpoint.getEventsConfiguration();
        builder.detail("timelinesai.webhook.path", config.getWebhookPath());
        clusterDetails(builder, consumer);
        builder.up();
        if (!"none".equals(config.getWebhookAction())) {
            builder.message("One-shot webhookAction " + config.getWebhookAction() + ": nothing is served");
            return;
        }
        if (ServiceHelper.isStarted(consumer) && !served(endpoint.getCamelContext(), config.getWebhookPath())) {
            builder.down().message("The webhook path " + config.getWebhookPath() + " is not served");
            return;
        }
        SubscriptionWatch running = watch.get();
        if (running != null && !subscriptions(builder, running)) {
            return;
        }
        long maxSilence = config.getWebhookMaxSilence();
        AccountProbe probe = accounts.get();
        if (maxSilence > 0 && probe != null) {
            Instant last = endpoint.getEventsStatistics().getLastAccepted();
            Instant since = last != null ? last : createdAt;
            AccountProbe.Snapshot snapshot = probe.current();
            boolean connected = snapshot != null && snapshot.up();
            builder.detail("timelinesai.silence.since", since.toString());
            builder.detail("timelinesai.account.connected", connected);
            if (connected && Duration.between(since, Instant.now()).toMillis() > maxSilence) {
                builder.down().message("No webhook delivery accepted since " + since + " (webhookMaxSilence "
                        + maxSilence + " ms) while an account is connected");
            }
        }
    }

    /** Adds the subscription details; false when the state is DOWN. */
    private boolean subscriptions(HealthCheckResultBuilder builder, SubscriptionWatch watch) {
        SubscriptionWatch.Reading reading = watch.last();
        if (reading == null) {
            return true;
        }
        builder.detail("timelinesai.webhook.url", watch.url());
        builder.detail("timelinesai.webhook.repairs", watch.getRepairs());
        StringBuilder failing = new StringBuilder();
        StringBuilder broken = new StringBuilder();
        for (SubscriptionWatch.Subscription s : reading.subscriptions()) {
            builder.detail("timelinesai.subscription." + s.eventType(), s.state() + (s.present()
                    ? " id=" + s.id() + " errors_counter=" + s.errorsCounter() : ""));
            if (!s.present() || !s.enabled()) {
                broken.append(broken.length() > 0 ? ", " : "").append(s.eventType()).append(' ').append(s.state());
            } else if (s.errorsCounter() > 0) {
                failing.append(failing.length() > 0 ? ", " : "").append(s.eventType()).append(" errors_counter=")
                        .append(s.errorsCounter());
            }
        }
        if (reading.error() != null) {
            builder.detail("timelinesai.subscriptions.error", reading.error());
        }
        if (broken.length() > 0) {
            builder.down().message("Webhook subscriptions missing or disabled at TimelinesAI: " + broken);
            return false;
        }
        if (failing.length() > 0) {
            builder.message("TimelinesAI reports failed deliveries: " + failing);
        }
        return true;
    }
}
