package dev.seed.camel.timelinesai.consumer;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import dev.seed.camel.timelinesai.event.TimelinesAiEvent;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.metrics.EventsStatistics;
import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;

/**
 * Hands events to a consumer's route: drops events of other types and duplicates (idempotent repository on the
 * event's natural key), builds the exchange with {@link EventExchanges}, runs the route with {@link RouteCall}, and
 * forgets the key again when the route fails so that a redelivery is processed.
 */
final class EventDispatcher {
    private final DefaultConsumer consumer;
    private final Set<String> eventTypes;
    private final AttachmentDownloader downloader;
    private final DeliveryGate<TimelinesAiEvent> gate;

    EventDispatcher(DefaultConsumer consumer, Set<String> eventTypes, IdempotentRepository repository,
                    AttachmentDownloader downloader) {
        this.consumer = consumer;
        this.eventTypes = eventTypes;
        this.downloader = downloader;
        this.gate = new DeliveryGate<>(this::accepts, EventDispatcher::key, repository);
    }

    /** The key the idempotent repository stores for an event. */
    static String key(TimelinesAiEvent event, byte[] raw) {
        String natural = event.naturalKey();
        if (natural != null) {
            return natural;
        }
        return DeliveryGate.digestKey(event.eventType(), raw != null ? raw : JsonSupport.toBytes(event));
    }

    boolean accepts(TimelinesAiEvent event) {
        return eventTypes.contains(event.eventType());
    }

    /** Runs {@code work} for the event unless it is ignored, a duplicate or in progress (see {@link DeliveryGate}). */
    void guarded(TimelinesAiEvent event, byte[] raw, DeliveryGate.Work work, DeliveryCallback done) {
        gate.run(event, raw, work, EventsStatistics.of(consumer).counting(event.eventType(), done));
    }

    /** Sends the event through the consumer's route, asynchronously. */
    void toRoute(TimelinesAiEvent event, byte[] raw, DeliveryCallback done) {
        guarded(event, raw, finish -> RouteCall.run(consumer, exchangeOf(event), describe(event), finish), done);
    }

    /** Sends the event through the consumer's route and waits for the outcome (poll mode). */
    DeliveryOutcome toRouteAndWait(TimelinesAiEvent event) {
        CompletableFuture<DeliveryOutcome> result = new CompletableFuture<>();
        guarded(event, null, finish -> RouteCall.run(consumer, exchangeOf(event), describe(event), finish),
                (outcome, failure) -> result.complete(outcome));
        return result.join();
    }

    private Exchange exchangeOf(TimelinesAiEvent event) {
        Exchange exchange = consumer.createExchange(false);
        EventExchanges.populate(exchange, event);
        if (downloader != null) {
            downloader.download(event, exchange);
        }
        return exchange;
    }

    private static String describe(TimelinesAiEvent event) {
        return "TimelinesAI event " + event.eventType();
    }

    /** The JSON text of an event as handed over to a queue. */
    static String json(TimelinesAiEvent event, byte[] raw) {
        return new String(raw != null ? raw : JsonSupport.toBytes(event), StandardCharsets.UTF_8);
    }
}
