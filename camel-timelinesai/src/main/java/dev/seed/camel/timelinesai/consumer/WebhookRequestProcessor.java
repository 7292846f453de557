package dev.seed.camel.timelinesai.consumer;

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
 * TimelinesAI redelivers. Generic in the event type so the workspace and the partner consumers share it.
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

    @Override
    public boolean process(Exchange http, AsyncCallback callback) {
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
            callback.done(false);
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
