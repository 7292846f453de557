package dev.seed.camel.timelinesai.metrics;

import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.limit.TimelinesAiStatistics;
import dev.seed.camel.timelinesai.health.AccountProbe;
import dev.seed.camel.timelinesai.health.TimelinesAiHealth;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * The Micrometer side of {@link TimelinesAiMeters}: function counters over the component's statistics (bound
 * once per registry and statistics object) and over each events endpoint's statistics, with stable names and
 * the tags {@code operation}, {@code event_type}, {@code outcome} and {@code reason}.
 */
final class MicrometerBinder {
    private static final Map<MeterRegistry, Set<Object>> BOUND = new WeakHashMap<>();

    private MicrometerBinder() {
    }

    static void bind(TimelinesAiEndpoint endpoint) {
        MeterRegistry registry = endpoint.getCamelContext().getRegistry().findSingleByType(MeterRegistry.class);
        if (registry == null) {
            return;
        }
        TimelinesAiStatistics stats = endpoint.getStatistics();
        if (firstTime(registry, stats)) {
            bindComponent(registry, stats);
        }
        AccountProbe probe = TimelinesAiHealth.probeOf(endpoint);
        if (firstTime(registry, probe)) {
            probe.onRead(snapshot -> {
                snapshot.connected().forEach(phone -> accountGauge(registry, probe, phone));
                snapshot.disconnected().forEach(phone -> accountGauge(registry, probe, phone));
            });
        }
        if (endpoint.isEventsEndpoint() && firstTime(registry, endpoint.getEventsStatistics())) {
            EventsStatistics events = endpoint.getEventsStatistics();
            events.events().onCounter((key, counter) -> counter(registry, "timelinesai.events", counter,
                    Tags.of("event_type", key.first(), "outcome", key.second())));
            events.refusals().onCounter((key, counter) -> counter(registry, "timelinesai.events.refused", counter,
                    Tags.of("reason", key.second())));
        }
    }

    private static synchronized boolean firstTime(MeterRegistry registry, Object figures) {
        return BOUND.computeIfAbsent(registry, r -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))
                .add(figures);
    }

    private static void bindComponent(MeterRegistry registry, TimelinesAiStatistics stats) {
        stats.getOperations().calls().onCounter((key, counter) -> counter(registry, "timelinesai.calls", counter,
                Tags.of("operation", key.first(), "outcome", key.second())));
        function(registry, "timelinesai.requests", stats, TimelinesAiStatistics::getRequestCount);
        function(registry, "timelinesai.retries", stats, TimelinesAiStatistics::getRetryCount);
        function(registry, "timelinesai.rate.limited", stats, TimelinesAiStatistics::getRateLimitedCount);
        function(registry, "timelinesai.limiter.waits", stats, TimelinesAiStatistics::getLimiterWaitCount);
        function(registry, "timelinesai.sends.ambiguous", stats, TimelinesAiStatistics::getAmbiguousSendCount);
        function(registry, "timelinesai.credits.refused", stats, TimelinesAiStatistics::getCreditRefusalCount);
        function(registry, "timelinesai.credits.used", stats, s -> s.getOperations().getCreditsUsed());
    }

    private static void accountGauge(MeterRegistry registry, AccountProbe probe, String phone) {
        Gauge.builder("timelinesai.accounts.connected", probe,
                p -> p.cached() != null && p.cached().connected().contains(phone) ? 1 : 0)
                .tags(Tags.of("account", phone)).register(registry);
    }

    private static void counter(MeterRegistry registry, String name, AtomicLong counter, Tags tags) {
        FunctionCounter.builder(name, counter, AtomicLong::get).tags(tags).register(registry);
    }

    private static void function(MeterRegistry registry, String name, TimelinesAiStatistics stats,
                                 java.util.function.ToLongFunction<TimelinesAiStatistics> value) {
        ToDoubleFunction<TimelinesAiStatistics> asDouble = value::applyAsLong;
        FunctionCounter.builder(name, stats, asDouble).register(registry);
    }
}
