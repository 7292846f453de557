package dev.seed.camel.timelinesai;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.seed.camel.timelinesai.operation.OperationDispatcher;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Runs the endpoint's operation on a Camel-managed thread pool, so the blocking HTTP call (and any wait for the
 * request limiter or a retry) never blocks the route thread; the callback is completed once, from the worker.
 * Camel's graceful stop lets exchanges in flight finish first; when a stop is forced, calls not started yet are
 * completed as not sent, running ones get a grace period and are then interrupted out of their waits, so every
 * exchange is completed.
 */
public class TimelinesAiProducer extends DefaultAsyncProducer {
    /** How long stopping waits for calls already queued or running before interrupting them. */
    static final long STOP_GRACE_MILLIS = 5_000;

    private final TimelinesAiEndpoint endpoint;
    private final Set<Call> queued = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService executor;
    private OperationDispatcher dispatcher;
    private volatile boolean stopping;

    public TimelinesAiProducer(TimelinesAiEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        stopping = false;
        executor = getEndpoint().getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this,
                "TimelinesAiProducer[" + endpoint.getOperationEnum() + "]",
                endpoint.getConfiguration().getWorkerPoolSize());
        dispatcher = new OperationDispatcher(endpoint.getClient(), executor, endpoint.getStatistics());
    }

    @Override
    protected void doStop() throws Exception {
        ScheduledExecutorService pool = executor;
        executor = null;
        // a graceful stop has already let the exchanges in flight finish; what is left was not started in time
        stopping = true;
        if (pool != null) {
            ExecutorServiceManager manager = getEndpoint().getCamelContext().getExecutorServiceManager();
            pool.shutdown();
            if (!manager.awaitTermination(pool, STOP_GRACE_MILLIS)) {
                manager.shutdownNow(pool);
            }
            for (Call call : queued) {
                call.reportNotStarted();
            }
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        ScheduledExecutorService pool = executor;
        Call call = new Call(exchange, callback);
        try {
            if (pool == null) {
                throw new RejectedExecutionException("stopped");
            }
            queued.add(call);
            pool.execute(call);
            return false;
        } catch (RejectedExecutionException e) {
            queued.remove(call);
            exchange.setException(new TimelinesAiException("The TimelinesAI producer of " + endpoint.getOperationEnum()
                    + " is not running; nothing was sent", e));
            callback.done(true);
            return true;
        }
    }

    /** One exchange's call; runs or is reported as not started, never both. */
    private final class Call implements Runnable {
        private final Exchange exchange;
        private final AsyncCallback callback;
        private final AtomicBoolean claimed = new AtomicBoolean();

        Call(Exchange exchange, AsyncCallback callback) {
            this.exchange = exchange;
            this.callback = callback;
        }

        @Override
        public void run() {
            if (stopping) {
                reportNotStarted();
            } else if (claimed.compareAndSet(false, true)) {
                queued.remove(this);
                dispatcher.run(endpoint.getOperationEnum(), endpoint.getConfiguration(), exchange,
                        endpoint.getStatistics().getOperations().counting(endpoint, exchange, callback));
            }
        }

        void reportNotStarted() {
            if (claimed.compareAndSet(false, true)) {
                queued.remove(this);
                TimelinesAiException notSent = new TimelinesAiException("The TimelinesAI producer of "
                        + endpoint.getOperationEnum() + " stopped before this call started; nothing was sent", null);
                exchange.setException(notSent);
                exchange.setProperty(TimelinesAiConstants.FAILURE_PROPERTY, notSent);
                callback.done(false);
            }
        }
    }
}
