package dev.seed.camel.timelinesai.consumer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import dev.seed.camel.timelinesai.event.TimelinesAiEvent;
import dev.seed.camel.timelinesai.json.JsonSupport;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;

/**
 * Hands events to a consumer's route: drops events of other types and duplicates (idempotent repository on the
 * event's natural key), builds the exchange with {@link EventExchanges}, and forgets the key again when the
 * route fails so that a redelivery is processed. A repeat that arrives while the first is still being processed
 * is reported {@link DeliveryOutcome#IN_PROGRESS}, not as a duplicate, since the first may still fail.
 */
final class EventDispatcher {
    private final DefaultConsumer consumer;
    private final Set<String> eventTypes;
    private final IdempotentRepository repository;
    private final AttachmentDownloader downloader;
    /** Keys being processed: a repeated delivery meanwhile must not be acknowledged as done. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    EventDispatcher(DefaultConsumer consumer, Set<String> eventTypes, IdempotentRepository repository,
                    AttachmentDownloader downloader) {
        this.consumer = consumer;
        this.eventTypes = eventTypes;
        this.repository = repository;
        this.downloader = downloader;
    }

    /** The key the idempotent repository stores for an event. */
    static String key(TimelinesAiEvent event, byte[] raw) {
        String natural = event.naturalKey();
        if (natural != null) {
            return natural;
        }
        byte[] payload = raw != null ? raw : JsonSupport.toBytes(event);
        try {
            return event.eventType() + "|sha256:"
                    + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        if (!accepts(event)) {
            done.accept(DeliveryOutcome.IGNORED, null);
            return;
        }
        String key = key(event, raw);
        if (!inFlight.add(key)) {
            done.accept(DeliveryOutcome.IN_PROGRESS, null);
            return;
        }
        if (repository != null && !repository.add(key)) {
            inFlight.remove(key);
            done.accept(DeliveryOutcome.DUPLICATE, null);
            return;
        }
        try {
            work.accept((outcome, failure) -> {
                if (repository != null) {
                    if (failure != null) {
                        repository.remove(key);
                    } else {
                        repository.confirm(key);
                    }
                }
                inFlight.remove(key);
                done.accept(outcome, failure);
            }, key);
        } catch (RuntimeException e) {
            if (repository != null) {
                repository.remove(key);
            }
            inFlight.remove(key);
            done.accept(DeliveryOutcome.FAILED, e);
        }
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
