package dev.seed.camel.timelinesai.metrics;

import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Sits in front of the webhook request handling and counts, from the answer it gave, deliveries refused before
 * they became events: by reason {@code method} (405), {@code ip} (403 for the address), {@code secret} (other
 * 401/403: secret or proxy credentials), {@code size} (413), {@code malformed} (400) and {@code unavailable}
 * (503 while shutting down or suspended).
 */
public final class RefusalCounter extends AsyncProcessorSupport {
    private final EventsStatistics statistics;
    private final AsyncProcessor delegate;

    public RefusalCounter(EventsStatistics statistics, AsyncProcessor delegate) {
        this.statistics = statistics;
        this.delegate = delegate;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        return delegate.process(exchange, doneSync -> {
            try {
                count(exchange);
            } finally {
                callback.done(doneSync);
            }
        });
    }

    private void count(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        String reason = reason(status == null ? 200 : status, exchange.getMessage().getBody(String.class));
        if (reason != null) {
            statistics.refused(reason);
        }
    }

    static String reason(int status, String body) {
        String answer = body == null ? "" : body;
        return switch (status) {
            case 405 -> "method";
            case 413 -> "size";
            case 400 -> "malformed";
            case 401 -> "secret";
            case 403 -> answer.contains("Address") ? "ip" : "secret";
            case 503 -> answer.contains("in progress") ? null : "unavailable";
            default -> null;
        };
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(delegate);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(delegate);
    }
}
