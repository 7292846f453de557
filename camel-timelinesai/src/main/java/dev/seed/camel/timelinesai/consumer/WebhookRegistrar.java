package dev.seed.camel.timelinesai.consumer;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.seed.camel.timelinesai.TimelinesAiNotFoundException;
import dev.seed.camel.timelinesai.api.WebhooksApi;
import dev.seed.camel.timelinesai.model.WebhookInfo;
import dev.seed.camel.timelinesai.model.WebhookRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates (or reuses) one TimelinesAI webhook subscription per event type for a URL, within the workspace's
 * subscription limit, and deletes the ones it created. The URL is never logged with its secret.
 */
final class WebhookRegistrar {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistrar.class);
    private final WebhooksApi api;
    private final String url;
    private final List<String> eventTypes;
    private final int limit;
    private final List<Long> created = new CopyOnWriteArrayList<>();

    WebhookRegistrar(WebhooksApi api, String url, List<String> eventTypes, int limit) {
        this.api = api;
        this.url = url;
        this.eventTypes = eventTypes;
        this.limit = limit;
    }

    /** Registers every event type; on failure deletes what it created and rethrows. */
    void register() {
        List<WebhookInfo> existing = api.list();
        List<String> missing = eventTypes.stream().filter(t -> match(existing, t).isEmpty()).toList();
        if (existing.size() + missing.size() > limit) {
            throw new IllegalStateException("Cannot register TimelinesAI webhooks for " + missing + ": the workspace "
                    + "has " + existing.size() + " subscription(s) and allows " + limit + " (option "
                    + "webhookSubscriptionLimit); delete unused subscriptions (GET/DELETE /webhooks), subscribe to "
                    + "fewer event types, or buy more");
        }
        try {
            for (String type : eventTypes) {
                Optional<WebhookInfo> match = match(existing, type);
                if (match.isPresent() && match.get().enabled()) {
                    LOG.info("Reusing TimelinesAI webhook {} for {} at {}", match.get().id(), type,
                            WebhookSecrets.redact(url));
                    continue;
                }
                WebhookInfo info = api.create(new WebhookRequest(type, url, true));
                if (match.isEmpty()) {
                    created.add(info.id());
                }
                LOG.info("Registered TimelinesAI webhook {} for {} at {}", info.id(), type, WebhookSecrets.redact(url));
            }
        } catch (RuntimeException e) {
            unregisterCreated();
            throw e;
        }
    }

    /** Deletes the subscriptions {@link #register()} created; failures are logged, not thrown. */
    void unregisterCreated() {
        for (Long id : created) {
            delete(id);
        }
        created.clear();
    }

    /** Deletes every subscription of this URL for the event types (one-shot unregister); returns how many. */
    int unregisterAll() {
        int count = 0;
        for (WebhookInfo info : api.list()) {
            if (url.equals(info.url()) && eventTypes.contains(info.eventType())) {
                delete(info.id());
                count++;
            }
        }
        return count;
    }

    List<Long> created() {
        return List.copyOf(created);
    }

    private void delete(long id) {
        try {
            api.delete(id);
            LOG.info("Deleted TimelinesAI webhook {}", id);
        } catch (TimelinesAiNotFoundException e) {
            LOG.debug("TimelinesAI webhook {} was already gone", id);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete TimelinesAI webhook {}: {}", id, e.getMessage());
        }
    }

    private Optional<WebhookInfo> match(List<WebhookInfo> existing, String type) {
        return existing.stream().filter(w -> w.eventType().equals(type) && url.equals(w.url())).findFirst();
    }
}
