package dev.seed.camel.timelinesai.consumer;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiEventsConfiguration;
import dev.seed.camel.timelinesai.event.EventTypes;
import dev.seed.camel.timelinesai.event.waba.WabaEventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks the options of a {@code timelinesai:events} endpoint when it is created, naming the offending option. */
public final class EventsOptionsValidator {
    private static final Logger LOG = LoggerFactory.getLogger(EventsOptionsValidator.class);
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z_]+(:[a-z_]+)+");
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9._-]+");

    private EventsOptionsValidator() {
    }

    public static void validate(TimelinesAiConfiguration api, TimelinesAiEventsConfiguration c) {
        List<String> types = eventTypes(c);
        boolean poll = "poll".equals(c.getMode());
        if (!poll && !"webhook".equals(c.getMode())) {
            throw new IllegalArgumentException("Option mode must be webhook or poll, was " + c.getMode());
        }
        if (poll) {
            List<String> waba = types.stream().filter(WabaEventTypes::isWaba).toList();
            if (!waba.isEmpty()) {
                throw new IllegalArgumentException("Option eventTypes: mode=poll cannot observe " + waba + ": it "
                        + "reads the WhatsApp (QR) chats API, which does not list WABA chats, messages, accounts or "
                        + "templates; use mode=webhook for waba:* events");
            }
            List<String> unobservable = types.stream().filter(t -> !EventTypes.POLLABLE.contains(t)).toList();
            if (!unobservable.isEmpty()) {
                throw new IllegalArgumentException("Option eventTypes: mode=poll can only observe "
                        + EventTypes.POLLABLE + ", not " + unobservable + "; use mode=webhook for those");
            }
            positive("pollDelay", c.getPollDelay());
            positive("pollMaxChatPages", c.getPollMaxChatPages());
        }
        boolean usesApi = poll || c.getWebhookExternalUrl() != null || !"none".equals(c.getWebhookAction());
        if (usesApi && (api.getToken() == null || api.getToken().isBlank())) {
            throw new IllegalArgumentException("Option token is required for " + (poll ? "mode=poll"
                    : "webhook registration") + ": set it on the endpoint or on the timelinesai component");
        }
        if (!List.of("none", "register", "unregister").contains(c.getWebhookAction())) {
            throw new IllegalArgumentException("Option webhookAction must be none, register or unregister, was "
                    + c.getWebhookAction());
        }
        if (!"none".equals(c.getWebhookAction()) && c.getWebhookExternalUrl() == null) {
            throw new IllegalArgumentException("Option webhookAction=" + c.getWebhookAction()
                    + " needs webhookExternalUrl");
        }
        if (c.getWebhookExternalUrl() != null) {
            checkUrl(c.getWebhookExternalUrl());
        }
        if (c.getWebhookPath() == null || !c.getWebhookPath().startsWith("/") || c.getWebhookPath().contains("?")) {
            throw new IllegalArgumentException("Option webhookPath must start with / and have no query, was "
                    + c.getWebhookPath());
        }
        if (!List.of("afterRoute", "afterHandover").contains(c.getAcknowledge())) {
            throw new IllegalArgumentException("Option acknowledge must be afterRoute or afterHandover, was "
                    + c.getAcknowledge());
        }
        if ("afterHandover".equals(c.getAcknowledge()) && (c.getHandoverUri() == null || c.getHandoverUri().isBlank())) {
            throw new IllegalArgumentException("Option acknowledge=afterHandover needs handoverUri (e.g. "
                    + "seda:whatsapp-in or jms:queue:whatsapp-in)");
        }
        positive("webhookMaxBodySize", c.getWebhookMaxBodySize());
        positive("webhookSubscriptionLimit", c.getWebhookSubscriptionLimit());
        if ((c.getWebhookBasicAuthUsername() == null) != (c.getWebhookBasicAuthPassword() == null)) {
            throw new IllegalArgumentException("Options webhookBasicAuthUsername and webhookBasicAuthPassword go "
                    + "together: set both or neither");
        }
        if (c.getWebhookBasicAuthUsername() != null && c.getWebhookBearerToken() != null) {
            throw new IllegalArgumentException("Options webhookBearerToken and webhookBasicAuthUsername both set: "
                    + "a request carries one Authorization header");
        }
        if (c.getWebhookSecret() != null && c.getWebhookSecret().length() < 16) {
            throw new IllegalArgumentException("Option webhookSecret must be at least 16 characters (use a random, "
                    + "unguessable value)");
        }
        if (c.getWebhookAllowedIps() != null) {
            IpAllowList.parse(c.getWebhookAllowedIps());
        }
        if (!List.of("auto", "true", "false").contains(c.getUnregisterOnStop())) {
            throw new IllegalArgumentException("Option unregisterOnStop must be auto, true or false, was "
                    + c.getUnregisterOnStop());
        }
        if (c.getClusterNamespace() == null || !NAMESPACE.matcher(c.getClusterNamespace()).matches()) {
            throw new IllegalArgumentException("Option clusterNamespace must be letters, digits, '.', '_' or '-', "
                    + "was " + c.getClusterNamespace());
        }
        if (c.getClusterService() != null) {
            validateClustered(c);
        }
    }

    /**
     * The rules of a consumer among replicas (a cluster service set or found in the CamelContext): checked when the
     * endpoint is created with {@code clusterService}, else when the consumer starts and finds one.
     */
    public static void validateClustered(TimelinesAiEventsConfiguration c) {
        boolean poll = "poll".equals(c.getMode());
        if (!poll && "none".equals(c.getWebhookAction()) && c.getWebhookSecret() == null) {
            throw new IllegalArgumentException("Option webhookSecret is required with a cluster service: without it "
                    + "each replica generates a secret of its own, so the subscription URL carries one replica's "
                    + "secret and the others refuse (401/403) the deliveries the load balancer sends them; set the "
                    + "same webhookSecret (at least 16 characters) on every replica");
        }
        if (!poll && "true".equals(c.getUnregisterOnStop())) {
            throw new IllegalArgumentException("Option unregisterOnStop=true cannot be used with a cluster service: "
                    + "a stopping replica would delete the subscriptions the other replicas serve; to remove them "
                    + "when the application is retired, run it once with webhookAction=unregister");
        }
        if (poll && c.getPollStateStore() == null && c.getPollStateFile() == null) {
            throw new IllegalArgumentException("Option pollStateStore is required in poll mode with a cluster "
                    + "service: a new leader must resume from the cursor the previous one saved, so keep it in a "
                    + "shared store (pollStateStore, e.g. a JdbcPollStateStore) or a pollStateFile on a shared volume");
        }
    }

    /** The event types of the {@code eventTypes} option, without duplicates; fails when none or malformed. */
    public static List<String> eventTypes(TimelinesAiEventsConfiguration c) {
        if (c.getEventTypes() == null || c.getEventTypes().isBlank()) {
            throw new IllegalArgumentException("Option eventTypes is required for timelinesai:events, e.g. "
                    + "eventTypes=message:received:new,chat:new");
        }
        Set<String> types = new LinkedHashSet<>();
        for (String raw : c.getEventTypes().split(",")) {
            String type = raw.trim();
            if (type.isEmpty()) {
                continue;
            }
            if (!EVENT_TYPE.matcher(type).matches()) {
                throw new IllegalArgumentException("Option eventTypes: '" + type + "' is not an event type; valid: "
                        + EventTypes.KNOWN);
            }
            if (!EventTypes.KNOWN.contains(type)) {
                LOG.warn("Event type {} is not one of the 32 event types this version models; its events arrive as "
                        + "GenericEvent", type);
            }
            types.add(type);
        }
        return new ArrayList<>(types);
    }

    private static void checkUrl(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null || uri.getRawQuery() != null) {
                throw new IllegalArgumentException("Option webhookExternalUrl must be an absolute http(s) URL "
                        + "without query, was " + url);
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Option")) {
                throw e;
            }
            throw new IllegalArgumentException("Option webhookExternalUrl is not a valid URL: " + url, e);
        }
    }

    private static void positive(String option, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("Option " + option + " must be at least 1, was " + value);
        }
    }
}
