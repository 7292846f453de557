package dev.seed.camel.timelinesai.consumer;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * exchange and, for the checks on method, caller and declared length, without reading the body; reads at most
 * {@code maxBodySize} bytes; then hands the event on and answers 200 once it was processed or handed over, or 500
 * so that TimelinesAI redelivers. Generic in the event type so the workspace and the partner consumers share it.
 * Once {@link #stopAccepting()} was called (the consumer is shutting down or suspended) it answers 503 to new
 * deliveries and counts the ones still running ({@link #pending()}), so that Camel's shutdown waits for them.
 */
public final class WebhookRequestProcessor<E> extends AsyncProcessorSupport {
    /** The platform-http options a webhook consumer's endpoint needs: the body is left unread to this processor. */
    public static final String PLATFORM_HTTP_OPTIONS = "?useBodyHandler=false";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookRequestProcessor.class);

    /** Takes a parsed event with its raw body and reports the outcome once. */
    @FunctionalInterface
    public interface EventSink<E> {
        void accept(E event, byte[] raw, DeliveryCallback done);
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
        if (!accepting) {
            LOG.debug("Refused a webhook delivery with 503: the consumer is shutting down or suspended");
            BoundedBody.discard(http.getMessage());
            answer(http, 503, "Shutting down, retry later");
            callback.done(true);
            return true;
        }
        pending.incrementAndGet();
        AtomicBoolean answered = new AtomicBoolean();
        Answer reply = (status, detail) -> {
            if (answered.compareAndSet(false, true)) {
                try {
                    answer(http, status, detail);
                    callback.done(false);
                } finally {
                    pending.decrementAndGet();
                }
            }
        };
        try {
            handle(http, reply);
        } catch (Throwable thrown) {
            LOG.debug("A webhook delivery failed; answering 500 so TimelinesAI redelivers", thrown);
            reply.send(500, "Processing failed");
        }
        return false;
    }

    /** Sends the answer of one delivery (only the first call counts). */
    @FunctionalInterface
    private interface Answer {
        void send(int status, String detail);
    }

    private void handle(Exchange http, Answer reply) {
        Rejection rejection = DeliveryCheck.postOnly(http);
        if (rejection == null) {
            rejection = guard.check(http);
        }
        if (rejection == null) {
            rejection = checkDeclaredLength(http.getMessage());
        }
        if (rejection != null) {
            BoundedBody.discard(http.getMessage());
        }
        byte[] body = null;
        if (rejection == null) {
            try {
                body = BoundedBody.read(http.getMessage(), maxBodySize);
            } catch (BoundedBody.TooLargeException e) {
                rejection = tooLarge();
            } catch (IOException e) {
                rejection = new Rejection(400, "Could not read the body");
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
            reply.send(rejection.status(), rejection.reason());
            return;
        }
        String eventType = eventTypeOf.apply(event);
        sink.accept(event, body, (outcome, failure) -> {
            switch (outcome) {
                case FAILED -> {
                    LOG.debug("Event {} failed; answering 500 so TimelinesAI redelivers", eventType, failure);
                    reply.send(500, "Processing failed");
                }
                case IN_PROGRESS -> {
                    LOG.debug("Event {} is still being processed from an earlier delivery; answering 503", eventType);
                    reply.send(503, "Already in progress");
                }
                default -> {
                    LOG.trace("Event {}: {}", eventType, outcome);
                    reply.send(200, outcome.name().toLowerCase(Locale.ROOT));
                }
            }
        });
    }

    private Rejection checkDeclaredLength(Message in) {
        Long declared;
        try {
            declared = in.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        } catch (RuntimeException e) {
            return new Rejection(400, "Invalid Content-Length");
        }
        return declared != null && declared > maxBodySize ? tooLarge() : null;
    }

    private Rejection tooLarge() {
        return new Rejection(413, "Body larger than " + maxBodySize + " bytes");
    }

    /** Replaces the request (its headers may hold credentials) with a small JSON answer. */
    private static void answer(Exchange http, int status, String detail) {
        Message message = http.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        if (status == 405) {
            message.setHeader("Allow", "POST");
        }
        if (status == 503) {
            message.setHeader("Retry-After", "5");
        }
        message.setBody("{\"status\":\"" + (status == 200 ? "ok" : "error") + "\",\"detail\":\""
                + detail.replace("\"", "'") + "\"}");
    }
}
