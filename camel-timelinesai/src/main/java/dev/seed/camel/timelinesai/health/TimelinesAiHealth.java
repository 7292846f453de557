package dev.seed.camel.timelinesai.health;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.TimelinesAiEventsConfiguration;
import dev.seed.camel.timelinesai.consumer.ClusteredConsumer;
import dev.seed.camel.timelinesai.consumer.EventsOptionsValidator;
import dev.seed.camel.timelinesai.consumer.TimelinesAiPollConsumer;
import dev.seed.camel.timelinesai.consumer.TimelinesAiWebhookConsumer;
import dev.seed.camel.timelinesai.metrics.TimelinesAiMeters;
import org.apache.camel.Consumer;
import org.apache.camel.StatefulService;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The health wiring of one {@code timelinesai} endpoint, owned by it: while it runs it shares its component's
 * readiness probe for its base URL and token, its meters are bound, and, for a webhook consumer that relies on
 * subscriptions at an external URL, a watch reads them on an executor of the CamelContext. Everything is taken in
 * {@link #start()} and released in {@link #stop()}, so a restart takes it again.
 */
public final class TimelinesAiHealth {
    /** The thread name of the subscription watches. */
    public static final String WATCH_THREAD = "TimelinesAiSubscriptionWatch";

    private final TimelinesAiEndpoint endpoint;
    /** The events consumer (Camel creates it once per route and reuses it across restarts). */
    private volatile Consumer consumer;
    private volatile AccountProbe probe;
    /** The watch of the consumer's current run: a new one each time the consumer starts. */
    private volatile SubscriptionWatch watch;
    /** The probe key joined with, so a token rotated meanwhile still finds it on stop. */
    private String key;
    private ScheduledExecutorService executor;
    /** Held while the watch is read or replaced, so a stop waits for a read in flight. */
    private final Object watchLock = new Object();

    public TimelinesAiHealth(TimelinesAiEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The shared account probe of a started endpoint, or null while it is stopped. */
    public static AccountProbe probeOf(TimelinesAiEndpoint endpoint) {
        return endpoint.getHealth().probe;
    }

    /** The subscription watch of a webhook endpoint's running consumer, or null. */
    public static SubscriptionWatch watchOf(TimelinesAiEndpoint endpoint) {
        return endpoint.getHealth().watch;
    }

    /** Gives a new events consumer its health check (Camel shows it in the consumer check of its route). */
    public synchronized void consumerCreated(Consumer created) {
        if (!(created instanceof HealthCheckAware aware)) {
            return;
        }
        if (created instanceof TimelinesAiPollConsumer poll) {
            aware.setHealthCheck(new PollConsumerCheck(endpoint, poll));
            return;
        }
        synchronized (watchLock) {
            if (consumer != created) {
                // a route re-created on this endpoint: the previous consumer's watch ends with it
                closeWatch();
            }
            consumer = created;
        }
        aware.setHealthCheck(new WebhookConsumerCheck(endpoint, created, () -> watch, () -> probe));
        if (endpoint.isStarted() || endpoint.isStarting()) {
            startWatching();
        }
    }

    /** The endpoint has started: joins its readiness probe, binds meters, starts watching subscriptions. */
    public synchronized void start() {
        key = ReadinessProbes.key(endpoint);
        probe = probes().join(endpoint, key);
        TimelinesAiMeters.bindIfAvailable(endpoint);
        startWatching();
    }

    /** The endpoint stops: stops the watch and its executor, leaves the readiness probe. */
    public synchronized void stop() {
        if (executor != null) {
            endpoint.getCamelContext().getExecutorServiceManager().shutdownNow(executor);
            executor = null;
        }
        synchronized (watchLock) {
            closeWatch();
        }
        if (key != null) {
            probes().leave(endpoint, key);
            key = null;
        }
        probe = null;
    }

    private void startWatching() {
        if (executor != null || !watched()) {
            return;
        }
        long interval = endpoint.getConfiguration().getHealthCheckInterval();
        executor = endpoint.getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, WATCH_THREAD);
        executor.scheduleWithFixedDelay(this::tick, Math.min(interval, 1000), interval, TimeUnit.MILLISECONDS);
    }

    /** Whether the consumer serves deliveries of subscriptions at an external URL, which are then watched. */
    private boolean watched() {
        TimelinesAiEventsConfiguration config = endpoint.getEventsConfiguration();
        return consumer != null && config.getWebhookExternalUrl() != null && "none".equals(config.getWebhookAction());
    }

    /** Reads the subscriptions while the consumer runs (it has registered them then); a stopped run's watch ends. */
    private void tick() {
        synchronized (watchLock) {
            Consumer current = consumer;
            // started, not starting: a starting consumer may not have registered its subscriptions yet
            if (current instanceof StatefulService service && service.isStarted()) {
                SubscriptionWatch running = watch;
                if (running == null) {
                    running = newWatch(current);
                    watch = running;
                }
                running.refresh();
            } else if (ServiceHelper.isStopped(current)) {
                closeWatch();
            }
        }
    }

    private SubscriptionWatch newWatch(Consumer current) {
        TimelinesAiEventsConfiguration config = endpoint.getEventsConfiguration();
        List<String> types = EventsOptionsValidator.eventTypes(config);
        // only what the consumer deletes on stop is owned: stand-ins for it are deleted on stop too
        return new SubscriptionWatch(() -> endpoint.getClient().webhooks(), config, types,
                () -> current instanceof TimelinesAiWebhookConsumer webhook && webhook.isUnregisterOnStop()
                        ? webhook.getCreatedSubscriptions() : List.of(),
                () -> !(current instanceof ClusteredConsumer clustered) || clustered.isLeading());
    }

    private void closeWatch() {
        SubscriptionWatch ended = watch;
        watch = null;
        if (ended != null) {
            ended.deleteRecreated();
        }
    }

    private ReadinessProbes probes() {
        return ((TimelinesAiComponent) endpoint.getComponent()).getReadinessProbes();
    }
}
