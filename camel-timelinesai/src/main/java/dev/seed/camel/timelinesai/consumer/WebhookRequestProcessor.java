package dev.seed.camel.timelinesai.consumer;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

import dev.seed.camel.timelinesai.event.MalformedEventException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one HTTP delivery from TimelinesAI: refuses bad requests (405, 401/403, 413, 400) without creating an
 * exchange, then hands the event on and answers 200 once it was processed or handed over, or 500 so that
 * TimelinesAI redelivers. Generic in the event type so the workspace and the partner consumers share it. Once
 * {@link #stopAccepting()} was called (the consumer is shutting down or suspended) it answers 503 to new deliveries
 * and counts the ones still running ({@link #pending()}), so that Camel's shutdown waits for their answers.
 */
public final class WebhookRequestProcessor<E> extends AsyncProcessorSupport {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookRequestProcessor.class);

    /** Takes a parsed event with its raw body and reports the outcome. */
    public interface EventSink<E> {
        void accept(E event, byte[] raw, BiConsumer<DeliveryOutcome, Exception> done);
    }

    private final DeliveryCheck guard;
    private final int maxBodySize;
    private final Function<byte[], E> parser;
    private final Function<E, String> eventTypeOf;
    private final EventSink<E> sink;
    /** Deliveries between arrival and answer. */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean accepting = true;

    /**
     * @param parser turns the body into an event or throws {@link MalformedEventException} (answered 400)
     * @param eventTypeOf the event's type, for logs
     */
    public WebhookRequestProcessor(DeliveryCheck guard, int maxBodySize, Function<byte[], E> parser,
                                   Function<E, String> eventTypeOf, EventSink<E> sink) {
        this.guard = guard;
        this.maxBodySize = maxBodySize;
        this.parser = parser;
        this.eventTypeOf = eventTypeOf;
        this.sink = sink;
    }

    /** From now on new deliveries get 503 (TimelinesAI retries them later); running ones go on. */
    public void stopAccepting() {
        accepting = false;
    }

    /** Takes new deliveries again (the consumer was resumed). */
    public void resumeAccepting() {
        accepting = true;
    }

    /** How many deliveries are being processed and not answered yet. */
    public int pending() {
        return pending.get();
    }

    @Override
    public boolean process(Exchange http, AsyncCallback callback) {
        pending.incrementAndGet();
        if (!accepting) {
            pending.decrementAndGet();
            LOG.debug("Refused a webhook delivery with 503: the consumer is shutting down or suspended");
            answer(http, 503, "error", "Shutting down, retry later");
            http.getMessage().setHeader("Retry-After", "5");
            callback.done(true);
            return true;
        }
        AtomicBoolean answered = new AtomicBoolean();
        Runnable release = () -> {
            if (answered.compareAndSet(false, true)) {
                pending.decrementAndGet();
            }
        };
        try {
            return handle(http, callback, release);
        } catch (RuntimeException e) {
            release.run();
            throw e;
        }
    }

    private boolean handle(Exchange http, AsyncCallback callback, Runnable release) {
        Rejection rejection = guard.check(http);
        byte[] body = null;
        if (rejection == null) {
            Long declared = http.getMessage().getHeader(Exchange.CONTENT_LENGTH, Long.class);
            if (declared != null && declared > maxBodySize) {
                rejection = new Rejection(413, "Body larger than " + maxBodySize + " bytes");
            } else {
                body = http.getMessage().getBody(byte[].class);
                if (body != null && body.length > maxBodySize) {
                    rejection = new Rejection(413, "Body larger than " + maxBodySize + " bytes");
                }
            }
        }
        E event = null;
        if (rejection == null) {
            try {
                event = parser.apply(body);
            } catch (MalformedEventException e) {
                rejection = new Rejection(400, e.getMessage());
            }
        }
        if (rejection != null) {
            LOG.debug("Refused a webhook delivery: {} {}", rejection.status(), rejection.reason());
            answer(http, rejection.status(), "error", rejection.reason());
            release.run();
            callback.done(true);
            return true;
        }
        String eventType = eventTypeOf.apply(event);
        sink.accept(event, body, (outcome, failure) -> {
            if (outcome == DeliveryOutcome.FAILED) {
                LOG.debug("Event {} failed; answering 500 so TimelinesAI redelivers", eventType, failure);
                answer(http, 500, "error", "Processing failed");
            } else if (outcome == DeliveryOutcome.IN_PROGRESS) {
                LOG.debug("Event {} is still being processed from an earlier delivery; answering 503", eventType);
                answer(http, 503, "error", "Already in progress");
                http.getMessage().setHeader("Retry-After", "5");
            } else {
                LOG.trace("Event {}: {}", eventType, outcome);
                answer(http, 200, "ok", outcome.name().toLowerCase(java.util.Locale.ROOT));
            }
            try {
                callback.done(false);
            } finally {
                release.run();
            }
        });
        return false;
    }

    /** Replaces the request (its headers may hold credentials) with a small JSON answer. */
    private static void answer(Exchange http, int status, String result, String detail) {
        Message message = http.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        if (status == 405) {
            message.setHeader("Allow", "POST");
        }
        message.setBody("{\"status\":\"" + result + "\",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
