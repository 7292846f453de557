package dev.seed.camel.timelinesai.simulator.messaging;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** Runs simulator work later on the server's event loop: on the next turn, or after a delay. */
public final class EventLoopScheduler {
    private final Vertx vertx;
    private final Context context;

    /** Binds to the Vert.x context of the calling thread (the server's, when built while mounting routes). */
    public EventLoopScheduler(Vertx vertx) {
        this.vertx = vertx;
        Context current = Vertx.currentContext();
        this.context = current != null ? current : vertx.getOrCreateContext();
    }

    public void later(long delayMillis, Runnable task) {
        if (delayMillis <= 0) {
            context.runOnContext(v -> task.run());
        } else {
            context.runOnContext(v -> vertx.setTimer(delayMillis, id -> task.run()));
        }
    }
}
