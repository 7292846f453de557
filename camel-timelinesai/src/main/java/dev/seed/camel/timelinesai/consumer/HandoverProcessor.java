package dev.seed.camel.timelinesai.consumer;

import java.nio.charset.StandardCharsets;

import dev.seed.camel.timelinesai.event.EventParser;
import dev.seed.camel.timelinesai.event.TimelinesAiEvent;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * Consumes the events a webhook consumer handed over to a queue (JSON text) and feeds them to its route, with
 * the same body type and headers as in the other modes.
 */
final class HandoverProcessor extends AsyncProcessorSupport {
    private final AsyncProcessor route;

    HandoverProcessor(AsyncProcessor route) {
        this.route = route;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        TimelinesAiEvent event;
        Object body = exchange.getMessage().getBody();
        try {
            event = body instanceof TimelinesAiEvent e ? e
                    : EventParser.parse(exchange.getMessage().getMandatoryBody(String.class)
                            .getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        EventExchanges.populate(exchange, event);
        return route.process(exchange, callback);
    }
}
