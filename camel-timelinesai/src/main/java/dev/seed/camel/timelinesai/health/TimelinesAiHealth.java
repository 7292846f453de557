package dev.seed.camel.timelinesai.health;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.TimelinesAiEventsConfiguration;
import dev.seed.camel.timelinesai.consumer.EventsOptionsValidator;
import dev.seed.camel.timelinesai.consumer.TimelinesAiPollConsumer;
import dev.seed.camel.timelinesai.consumer.TimelinesAiWebhookConsumer;
import dev.seed.camel.timelinesai.metrics.TimelinesAiMeters;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Wires the health checks, the subscription watch and the meters of the {@code timelinesai} endpoints: one
 * readiness check per component, base URL and token (shared by its endpoints, registered while one of them runs),
 * a check on every events consumer, and meters when Micrometer is there. Works without camel-health (nothing is
 * registered then).
 */
public final class TimelinesAiHealth {
    private static final Map<String, Shared> SHARED = new ConcurrentHashMap<>();
    private static final Map<TimelinesAiEndpoint, ScheduledExecutorService> WATCHERS = new ConcurrentHashMap<>();
    private static final Map<TimelinesAiEndpoint, SubscriptionWatch> WATCHES = new ConcurrentHashMap<>();
    private static final Map<TimelinesAiEndpoint, Consumer> CONSUMERS = new ConcurrentHashMap<>();
    /** The key each endpoint joined with, so a token rotated meanwhile still finds it on stop. */
    private static final Map<TimelinesAiEndpoint, String> KEYS = new ConcurrentHashMap<>();

    /** The probe of a component, base URL and token, with the endpoints using it and its registered check. */
    private static final class Shared {
        final Set<TimelinesAiEndpoint> endpoints = ConcurrentHashMap.newKeySet();
        final AccountProbe probe;
        AccountReadinessCheck check;
        HealthCheckRegistry registry;

        Shared(long interval) {
            probe = new AccountProbe(() -> endpoints.stream().filter(ServiceHelper::isStarted).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no started endpoint")).getClient(), interval);
        }
    }

    private TimelinesAiHealth() {
    }

    /** Called when an endpoint has started: joins (or creates and registers) its readiness check, binds meters. */
    public static void endpointStarted(TimelinesAiEndpoint endpoint) {
        CamelContext context = endpoint.getCamelContext();
        String key = KEYS.computeIfAbsent(endpoint, TimelinesAiHealth::key);
        synchronized (SHARED) {
            Shared shared = SHARED.computeIfAbsent(key,
                    k -> new Shared(endpoint.getConfiguration().getHealthCheckInterval()));
            shared.endpoints.add(endpoint);
            shared.probe.shortenInterval(endpoint.getConfiguration().getHealthCheckInterval());
            if (shared.check == null) {
                HealthCheckRegistry registry = HealthCheckHelper.getHealthCheckRegistry(context);
                if (registry != null) {
                    shared.check = new AccountReadinessCheck(checkId(registry), shared.probe);
                    shared.registry = registry;
                    registry.register(shared.check);
                }
            }
        }
        TimelinesAiMeters.bindIfAvailable(endpoint);
        SubscriptionWatch watch = WATCHES.get(endpoint);
        if (watch != null) {
            long interval = endpoint.getConfiguration().getHealthCheckInterval();
            ScheduledExecutorService executor = context.getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(watch, "TimelinesAiSubscriptionWatch");
            Consumer consumer = CONSUMERS.get(endpoint);
            executor.scheduleWithFixedDelay(() -> {
                // only once the consumer has registered its subscriptions, and not while it stops
                if (ServiceHelper.isStarted(consumer)) {
                    watch.refresh();
                }
            }, Math.min(interval, 1000), interval, TimeUnit.MILLISECONDS);
            ScheduledExecutorService previous = WATCHERS.put(endpoint, executor);
            if (previous != null) {
                context.getExecutorServiceManager().shutdownNow(previous);
            }
        }
    }

    /** Called when an endpoint stops: leaves its readiness check (unregistered with the last endpoint). */
    public static void endpointStopped(TimelinesAiEndpoint endpoint) {
        ScheduledExecutorService executor = WATCHERS.remove(endpoint);
        if (executor != null) {
            endpoint.getCamelContext().getExecutorServiceManager().shutdownNow(executor);
        }
        SubscriptionWatch watch = WATCHES.remove(endpoint);
        CONSUMERS.remove(endpoint);
        if (watch != null) {
            watch.deleteRecreated();
        }
        synchronized (SHARED) {
            String key = KEYS.remove(endpoint);
            Shared shared = key == null ? null : SHARED.get(key);
            if (shared != null && shared.endpoints.remove(endpoint) && shared.endpoints.isEmpty()) {
                SHARED.remove(key);
                if (shared.check != null) {
                    shared.registry.unregister(shared.check);
                }
            }
        }
    }

    /** Gives a new events consumer its health check (Camel shows it in the consumer check of its route). */
    public static void attach(TimelinesAiEndpoint endpoint, Consumer consumer) {
        if (!(consumer instanceof HealthCheckAware aware)) {
            return;
        }
        if (consumer instanceof TimelinesAiPollConsumer poll) {
            aware.setHealthCheck(new PollConsumerCheck(endpoint, poll));
            return;
        }
        TimelinesAiEventsConfiguration config = endpoint.getEventsConfiguration();
        SubscriptionWatch watch = null;
        if (config.getWebhookExternalUrl() != null && "none".equals(config.getWebhookAction())) {
            List<String> types = EventsOptionsValidator.eventTypes(config);
            watch = new SubscriptionWatch(() -> endpoint.getClient().webhooks(), config, types,
                    () -> consumer instanceof TimelinesAiWebhookConsumer webhook ? webhook.getCreatedSubscriptions()
                            : List.of());
            WATCHES.put(endpoint, watch);
            CONSUMERS.put(endpoint, consumer);
        }
        aware.setHealthCheck(new WebhookConsumerCheck(endpoint, consumer, watch, probeOf(endpoint)));
    }

    /** The subscription watch of a webhook endpoint, or null. */
    public static SubscriptionWatch watchOf(TimelinesAiEndpoint endpoint) {
        return WATCHES.get(endpoint);
    }

    /** The shared account probe of a started endpoint, or null. */
    public static AccountProbe probeOf(TimelinesAiEndpoint endpoint) {
        String key = KEYS.computeIfAbsent(endpoint, TimelinesAiHealth::key);
        Shared shared = SHARED.get(key);
        if (shared == null) {
            synchronized (SHARED) {
                shared = SHARED.computeIfAbsent(key,
                        k -> new Shared(endpoint.getConfiguration().getHealthCheckInterval()));
                shared.endpoints.add(endpoint);
            }
        }
        return shared.probe;
    }

    private static String checkId(HealthCheckRegistry registry) {
        String id = "timelinesai";
        for (int n = 2; registry.getCheck(id).isPresent(); n++) {
            id = "timelinesai-" + n;
        }
        return id;
    }

    private static String key(TimelinesAiEndpoint endpoint) {
        return System.identityHashCode(endpoint.getComponent()) + "|" + endpoint.getConfiguration().getBaseUrl() + "|"
                + fingerprint(endpoint.currentToken());
    }

    private static String fingerprint(String token) {
        if (token == null) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
