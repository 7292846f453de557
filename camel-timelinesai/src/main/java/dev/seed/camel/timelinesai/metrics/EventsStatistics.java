package dev.seed.camel.timelinesai.metrics;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.consumer.DeliveryCallback;
import dev.seed.camel.timelinesai.consumer.DeliveryOutcome;
import org.apache.camel.Consumer;

/**
 * What an events consumer did: events by type and outcome (processed, duplicate, ignored, failed, in progress),
 * deliveries refused at the HTTP door by reason, and when the last event was accepted.
 */
public final class EventsStatistics {
    private final CounterSet events = new CounterSet();
    private final CounterSet refused = new CounterSet();
    private final AtomicReference<Instant> lastAccepted = new AtomicReference<>();

    /** The statistics of a consumer's endpoint (a detached, unread object for a foreign endpoint). */
    public static EventsStatistics of(Consumer consumer) {
        return consumer.getEndpoint() instanceof TimelinesAiEndpoint endpoint ? endpoint.getEventsStatistics()
                : new EventsStatistics();
    }

    /** Wraps the outcome callback of one event so that its outcome is counted. */
    public DeliveryCallback counting(String eventType, DeliveryCallback done) {
        return (outcome, failure) -> {
            try {
                record(eventType, outcome);
            } finally {
                done.done(outcome, failure);
            }
        };
    }

    /** Counts one event's outcome. */
    public void record(String eventType, DeliveryOutcome outcome) {
        events.increment(eventType, outcome.name().toLowerCase(Locale.ROOT));
        if (outcome == DeliveryOutcome.PROCESSED || outcome == DeliveryOutcome.DUPLICATE
                || outcome == DeliveryOutcome.IGNORED) {
            lastAccepted.set(Instant.now());
        }
    }

    /** Counts a delivery refused before it became an event; {@code reason} is secret, ip, size, malformed... */
    public void refused(String reason) {
        refused.increment("refused", reason);
    }

    /** Events by type and outcome. */
    public CounterSet events() {
        return events;
    }

    /** Refused deliveries; the first tag is always {@code refused}, the second the reason. */
    public CounterSet refusals() {
        return refused;
    }

    public long outcomeCount(String outcome) {
        return events.snapshot().entrySet().stream().filter(e -> e.getKey().second().equals(outcome))
                .mapToLong(java.util.Map.Entry::getValue).sum();
    }

    public long getAccepted() {
        return outcomeCount("processed");
    }

    public long getDuplicates() {
        return outcomeCount("duplicate");
    }

    public long getRefused() {
        return refused.sum("refused");
    }

    /** When an event was last accepted (processed, or dropped as a duplicate or foreign type), or null. */
    public Instant getLastAccepted() {
        return lastAccepted.get();
    }
}
