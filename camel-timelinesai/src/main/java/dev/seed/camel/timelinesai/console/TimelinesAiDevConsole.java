package dev.seed.camel.timelinesai.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.limit.TimelinesAiStatistics;
import dev.seed.camel.timelinesai.metrics.CounterSet;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code timelinesai} dev console: per component its request figures (calls by operation and outcome,
 * retries, 429s, limiter waits, credits, ambiguous sends) and per events endpoint its deliveries, refusals,
 * subscriptions and poll cursor. Endpoint URIs are sanitized; no secret is shown.
 */
@DevConsole(name = "timelinesai", displayName = "TimelinesAI", description = "TimelinesAI WhatsApp components")
public class TimelinesAiDevConsole extends AbstractDevConsole {

    public TimelinesAiDevConsole() {
        super("camel", "timelinesai", "TimelinesAI", "TimelinesAI WhatsApp components");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        return ConsoleText.render(doCallJson(options));
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        List<JsonObject> components = new ArrayList<>();
        List<JsonObject> consumers = new ArrayList<>();
        Map<TimelinesAiStatistics, JsonObject> seen = new LinkedHashMap<>();
        for (Endpoint e : getCamelContext().getEndpoints()) {
            if (!(e instanceof TimelinesAiEndpoint endpoint)) {
                continue;
            }
            TimelinesAiStatistics stats = endpoint.getStatistics();
            if (!seen.containsKey(stats)) {
                JsonObject component = component(stats);
                seen.put(stats, component);
                components.add(component);
            }
            if (endpoint.isEventsEndpoint()) {
                consumers.add(EventsFigures.of(endpoint));
            }
        }
        root.put("components", components);
        root.put("consumers", consumers);
        return root;
    }

    private static JsonObject component(TimelinesAiStatistics stats) {
        JsonObject json = new JsonObject();
        json.put("requests", stats.getRequestCount());
        json.put("retries", stats.getRetryCount());
        json.put("rateLimited", stats.getRateLimitedCount());
        json.put("limiterWaits", stats.getLimiterWaitCount());
        json.put("limiterWaitMillis", stats.getLimiterWaitMillis());
        json.put("retriesExhausted", stats.getRetriesExhaustedCount());
        json.put("ambiguousSends", stats.getAmbiguousSendCount());
        json.put("creditsUsed", stats.getOperations().getCreditsUsed());
        json.put("creditsRefused", stats.getCreditRefusalCount());
        JsonObject operations = new JsonObject();
        stats.getOperations().byOperation().forEach((operation, figures) -> operations.put(operation,
                new JsonObject(new LinkedHashMap<>(figures))));
        json.put("operations", operations);
        return json;
    }

    /** A counter set as {first: {second: count}}. */
    static JsonObject nested(CounterSet set) {
        JsonObject json = new JsonObject();
        for (Map.Entry<CounterSet.Key, Long> e : set.snapshot().entrySet()) {
            JsonObject inner = (JsonObject) json.computeIfAbsent(e.getKey().first(), k -> new JsonObject());
            inner.put(e.getKey().second(), e.getValue());
        }
        return json;
    }

    static String sanitize(String uri) {
        return URISupport.sanitizeUri(uri);
    }
}
