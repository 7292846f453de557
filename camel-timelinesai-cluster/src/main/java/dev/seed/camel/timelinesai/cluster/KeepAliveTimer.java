package dev.seed.camel.timelinesai.cluster;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;

/**
 * Runs a store's refresh of the holds it keeps (claims, turns) at a fixed delay on one thread, taken from the
 * CamelContext when the store has one (else a daemon thread of its own), from the first hold until the store stops.
 */
final class KeepAliveTimer {
    private final String threadName;
    private final Runnable refresh;
    private ScheduledExecutorService executor;
    private boolean ownExecutor;
    private CamelContext camelContext;

    KeepAliveTimer(String threadName, Runnable refresh) {
        this.threadName = threadName;
        this.refresh = refresh;
    }

    /** Starts refreshing every {@code intervalMillis}, unless already started. */
    synchronized void start(Object owner, CamelContext context, long intervalMillis) {
        if (executor != null) {
            return;
        }
        camelContext = context;
        if (context != null) {
            executor = context.getExecutorServiceManager().newSingleThreadScheduledExecutor(owner, threadName);
            ownExecutor = false;
        } else {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, threadName);
                thread.setDaemon(true);
                return thread;
            });
            ownExecutor = true;
        }
        executor.scheduleWithFixedDelay(refresh, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops refreshing; the holds then expire unless released. */
    synchronized void stop() {
        if (executor == null) {
            return;
        }
        if (ownExecutor || camelContext == null) {
            executor.shutdownNow();
        } else {
            camelContext.getExecutorServiceManager().shutdownNow(executor);
        }
        executor = null;
    }
}
