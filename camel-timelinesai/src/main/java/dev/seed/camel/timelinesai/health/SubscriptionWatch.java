package dev.seed.camel.timelinesai.health;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.seed.camel.timelinesai.TimelinesAiEventsConfiguration;
import dev.seed.camel.timelinesai.api.WebhooksApi;
import dev.seed.camel.timelinesai.model.WebhookInfo;
import dev.seed.camel.timelinesai.model.WebhookRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, at a bounded interval, the webhook subscriptions a webhook consumer relies on (one per event type, at
 * its external URL) and, when repairing is on, recreates deleted ones and re-enables disabled ones (create is
 * idempotent on event type and URL and re-enables a disabled match). URLs are kept only to repair; they are
 * never logged or shown with their secret.
 */
public final class SubscriptionWatch {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionWatch.class);

    /** The state of one subscription as last read; {@code id} is 0 when it is missing. */
    public record Subscription(String eventType, long id, boolean present, boolean enabled, int errorsCounter) {
        String state() {
            return !present ? "missing" : enabled ? "enabled" : "disabled";
        }
    }

    /** The last reading: the subscriptions, or why they could not be read. */
    public record Reading(List<Subscription> subscriptions, String error, Instant readAt) {
    }

    private final Supplier<WebhooksApi> api;
    private final String baseUrl;
    private final List<String> eventTypes;
    private final TimelinesAiEventsConfiguration config;
    /** Full subscription URLs (with the secret) seen by event type, to recreate them after a deletion. */
    private final Map<String, String> knownUrls = new ConcurrentHashMap<>();
    /** The ids the consumer created on start (it deletes them on stop). */
    private final Supplier<List<Long>> createdByConsumer;
    /** Whether this replica repairs: always alone, only while it leads with a cluster service. */
    private final BooleanSupplier leading;
    /** Recreated subscriptions that replace ones the consumer created: deleted on stop like those. */
    private final List<Long> recreatedOwned = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Reading last;
    private volatile long repairs;

    SubscriptionWatch(Supplier<WebhooksApi> api, TimelinesAiEventsConfiguration config, List<String> eventTypes,
                      Supplier<List<Long>> createdByConsumer, BooleanSupplier leading) {
        this.api = api;
        this.leading = leading;
        this.createdByConsumer = createdByConsumer;
        this.config = config;
        this.eventTypes = eventTypes;
        String external = config.getWebhookExternalUrl();
        this.baseUrl = (external.endsWith("/") ? external.substring(0, external.length() - 1) : external)
                + config.getWebhookPath();
    }

    /** The last reading, or null before the first. */
    public Reading last() {
        return last;
    }

    /** Subscriptions recreated or re-enabled so far. */
    public long getRepairs() {
        return repairs;
    }

    boolean repairing() {
        return config.isWebhookAutoRegister() && config.isWebhookRepair() && leading.getAsBoolean();
    }

    /** Reads the subscriptions and repairs what is missing or disabled when repairing is on. */
    synchronized void refresh() {
        try {
            List<WebhookInfo> all = api.get().list();
            List<Subscription> result = new ArrayList<>();
            for (String type : eventTypes) {
                Optional<WebhookInfo> match = all.stream()
                        .filter(w -> type.equals(w.eventType()) && w.url() != null && baseUrl.equals(stripQuery(w.url())))
                        .min((a, b) -> Boolean.compare(b.enabled(), a.enabled()));
                match.ifPresent(w -> knownUrls.put(type, w.url()));
                if ((match.isEmpty() || !match.get().enabled()) && repairing()) {
                    match = repair(type, match);
                }
                result.add(match.map(w -> new Subscription(type, w.id(), true, w.enabled(), w.errorsCounter()))
                        .orElseGet(() -> new Subscription(type, 0, false, false, 0)));
            }
            last = new Reading(List.copyOf(result), null, Instant.now());
        } catch (RuntimeException e) {
            last = new Reading(last == null ? List.of() : last.subscriptions(),
                    "The subscriptions could not be read (" + e.getClass().getSimpleName() + ")", Instant.now());
        }
    }

    private Optional<WebhookInfo> repair(String type, Optional<WebhookInfo> match) {
        String url = knownUrls.get(type);
        if (url == null && config.getWebhookSecret() != null) {
            url = baseUrl + "?secret=" + URLEncoder.encode(config.getWebhookSecret(), StandardCharsets.UTF_8);
        }
        if (url == null) {
            LOG.warn("TimelinesAI webhook subscription for {} at {} is missing and cannot be recreated: its URL "
                    + "carried a generated secret; set webhookSecret", type, baseUrl);
            return match;
        }
        try {
            WebhookInfo info = api.get().create(new WebhookRequest(type, url, true));
            repairs++;
            if (match.isEmpty() && last != null && last.subscriptions().stream().anyMatch(s -> s.eventType()
                    .equals(type) && s.present() && s.id() != info.id() && owned(s.id()))) {
                recreatedOwned.add(info.id());
            }
            if (match.isEmpty() && !seenBefore(type)) {
                // never seen present (a leader that just took over, or registration failed at start): not a deletion
                LOG.info("TimelinesAI webhook subscription for {} at {} was missing; created it (id {})", type,
                        baseUrl, info.id());
            } else {
                LOG.warn("TimelinesAI webhook subscription for {} at {} was {}; {} it (id {})", type, baseUrl,
                        match.isEmpty() ? "deleted" : "disabled", match.isEmpty() ? "recreated" : "re-enabled",
                        info.id());
            }
            return Optional.of(info);
        } catch (RuntimeException e) {
            LOG.warn("Could not repair the TimelinesAI webhook subscription for {} at {}: {}", type, baseUrl,
                    e.getClass().getSimpleName());
            return match;
        }
    }

    /** Whether an earlier reading found the subscription of {@code type} present. */
    private boolean seenBefore(String type) {
        return last != null && last.subscriptions().stream().anyMatch(s -> s.eventType().equals(type) && s.present());
    }

    private boolean owned(long id) {
        return createdByConsumer.get().contains(id) || recreatedOwned.contains(id);
    }

    /** Deletes the recreated subscriptions that stand in for ones the consumer created (and so deleted on stop). */
    synchronized void deleteRecreated() {
        for (Long id : recreatedOwned) {
            try {
                api.get().delete(id);
            } catch (RuntimeException e) {
                LOG.debug("Could not delete recreated TimelinesAI webhook {}: {}", id, e.getClass().getSimpleName());
            }
        }
        recreatedOwned.clear();
    }

    private static String stripQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** The external URL of the path, without secret. */
    public String url() {
        return baseUrl;
    }
}
