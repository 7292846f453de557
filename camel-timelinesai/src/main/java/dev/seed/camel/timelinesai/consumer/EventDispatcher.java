package dev.seed.camel.timelinesai.consumer;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.BiConsumer;

import dev.seed.camel.timelinesai.event.TimelinesAiEvent;
import dev.seed.camel.timelinesai.json.JsonSupport;
import dev.seed.camel.timelinesai.metrics.EventsStatistics;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;

/**
 * Hands events to a consumer's route: drops events of other types and duplicates (idempotent repository on the
 * event's natural key), builds the exchange with {@link EventExchanges}, and forgets the key again when the
 * route fails so that a redelivery is processed.
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

    /**
     * Runs {@code work} for the event unless it is ignored or a duplicate; {@code done} gets the outcome and, on
     * failure, the exception. {@code work} reports its own failure through the callback it is given.
     */
    void guarded(TimelinesAiEvent event, byte[] raw, BiConsumer<BiConsumer<DeliveryOutcome, Exception>, String> work,
                 BiConsumer<DeliveryOutcome, Exception> done) {
        gate.run(event, raw, work, EventsStatistics.of(consumer).counting(event.eventType(), done));
    }

    /** Sends the event through the consumer's route, asynchronously. */
    void toRoute(TimelinesAiEvent event, byte[] raw, BiConsumer<DeliveryOutcome, Exception> done) {
        guarded(event, raw, (finish, key) -> {
            Exchange exchange = consumer.createExchange(false);
            EventExchanges.populate(exchange, event);
            if (downloader != null) {
                downloader.download(event, exchange);
            }
            AsyncProcessor processor = consumer.getAsyncProcessor();
            processor.process(exchange, doneSync -> {
                Exception failure = exchange.getException();
                consumer.releaseExchange(exchange, false);
                finish.accept(failure == null ? DeliveryOutcome.PROCESSED : DeliveryOutcome.FAILED, failure);
            });
        }, done);
    }

    /** Sends the event through the consumer's route and waits for the outcome (poll mode). */
    DeliveryOutcome toRouteAndWait(TimelinesAiEvent event) {
        DeliveryOutcome[] result = new DeliveryOutcome[1];
        guarded(event, null, (finish, key) -> {
            Exchange exchange = consumer.createExchange(false);
            EventExchanges.populate(exchange, event);
            if (downloader != null) {
                downloader.download(event, exchange);
            }
            try {
                consumer.getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            Exception failure = exchange.getException();
            if (failure != null) {
                consumer.getExceptionHandler().handleException("Route failed on TimelinesAI event "
                        + event.eventType(), exchange, failure);
            }
            consumer.releaseExchange(exchange, false);
            finish.accept(failure == null ? DeliveryOutcome.PROCESSED : DeliveryOutcome.FAILED, failure);
        }, (outcome, failure) -> result[0] = outcome);
        return result[0];
    }

    /** The JSON text of an event as handed over to a queue. */
    static String json(TimelinesAiEvent event, byte[] raw) {
        return new String(raw != null ? raw : JsonSupport.toBytes(event), StandardCharsets.UTF_8);
    }
}
