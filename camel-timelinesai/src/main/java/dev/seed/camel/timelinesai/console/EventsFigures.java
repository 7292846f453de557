package dev.seed.camel.timelinesai.console;

import java.util.ArrayList;
import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.consumer.ClusterLeadership;
import dev.seed.camel.timelinesai.consumer.ClusteredConsumer;
import dev.seed.camel.timelinesai.consumer.PollState;
import dev.seed.camel.timelinesai.consumer.TimelinesAiPollConsumer;
import dev.seed.camel.timelinesai.health.SubscriptionWatch;
import dev.seed.camel.timelinesai.health.TimelinesAiHealth;
import dev.seed.camel.timelinesai.metrics.EventsStatistics;
import org.apache.camel.Consumer;
import org.apache.camel.Route;
import org.apache.camel.util.json.JsonObject;

/** The console figures of one {@code timelinesai:events} endpoint. */
final class EventsFigures {
    private EventsFigures() {
    }

    static JsonObject of(TimelinesAiEndpoint endpoint) {
        EventsStatistics stats = endpoint.getEventsStatistics();
        JsonObject json = new JsonObject();
        json.put("uri", TimelinesAiDevConsole.sanitize(endpoint.getEndpointUri()));
        json.put("mode", endpoint.getEventsConfiguration().getMode());
        json.put("accepted", stats.getAccepted());
        json.put("duplicates", stats.getDuplicates());
        json.put("ignored", stats.outcomeCount("ignored"));
        json.put("failed", stats.outcomeCount("failed"));
        json.put("inProgress", stats.outcomeCount("in_progress"));
        json.put("refused", stats.getRefused());
        JsonObject reasons = new JsonObject();
        stats.refusals().snapshot().forEach((key, count) -> reasons.put(key.second(), count));
        json.put("refusedByReason", reasons);
        json.put("events", TimelinesAiDevConsole.nested(stats.events()));
        json.put("lastDelivery", stats.getLastAccepted() == null ? null : stats.getLastAccepted().toString());
        SubscriptionWatch watch = TimelinesAiHealth.watchOf(endpoint);
        if (watch != null && watch.last() != null) {
            List<JsonObject> subscriptions = new ArrayList<>();
            for (SubscriptionWatch.Subscription s : watch.last().subscriptions()) {
                JsonObject sub = new JsonObject();
                sub.put("eventType", s.eventType());
                sub.put("id", s.id());
                sub.put("present", s.present());
                sub.put("enabled", s.enabled());
                sub.put("errorsCounter", s.errorsCounter());
                subscriptions.add(sub);
            }
            json.put("subscriptions", subscriptions);
            json.put("subscriptionRepairs", watch.getRepairs());
        }
        ClusterLeadership leadership = consumer(endpoint) instanceof ClusteredConsumer clustered
                ? clustered.getLeadership() : null;
        if (leadership != null) {
            json.put("clusterNamespace", leadership.getNamespace());
            json.put("clusterLeader", leadership.isLeader());
        }
        TimelinesAiPollConsumer poll = consumer(endpoint) instanceof TimelinesAiPollConsumer p ? p : null;
        if (poll != null) {
            json.put("polls", poll.getCounter());
            json.put("pollFailuresInRow", poll.getErrorCounter());
            json.put("pollApiCalls", poll.getApiCallCount());
            try {
                PollState state = poll.getStateStore() == null ? null : poll.getStateStore().load();
                json.put("pollCursor", state == null ? null : state.watermark());
            } catch (RuntimeException e) {
                json.put("pollCursor", null);
            }
        }
        return json;
    }

    private static Consumer consumer(TimelinesAiEndpoint endpoint) {
        for (Route route : endpoint.getCamelContext().getRoutes()) {
            if (route.getEndpoint() == endpoint) {
                return route.getConsumer();
            }
        }
        return null;
    }
}
