package dev.seed.camel.timelinesai.simulator.http;

import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Counts the Public API requests the simulator received and the 429 answers it gave, whatever their cause. */
public final class TrafficStats implements Handler<RoutingContext> {
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong tooManyRequests = new AtomicLong();

    @Override
    public void handle(RoutingContext ctx) {
        requests.incrementAndGet();
        ctx.addHeadersEndHandler(v -> {
            if (ctx.response().getStatusCode() == 429) {
                tooManyRequests.incrementAndGet();
            }
        });
        ctx.next();
    }

    public long requests() { return requests.get(); }

    public long tooManyRequests() { return tooManyRequests.get(); }

    public void clear() {
        requests.set(0);
        tooManyRequests.set(0);
    }
}
