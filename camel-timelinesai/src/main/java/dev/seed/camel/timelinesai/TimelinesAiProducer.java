package dev.seed.camel.timelinesai;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import dev.seed.camel.timelinesai.operation.OperationDispatcher;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Runs the endpoint's operation on a Camel-managed thread pool, so the blocking HTTP call never blocks the route
 * thread; the callback is completed once, from the worker.
 */
public class TimelinesAiProducer extends DefaultAsyncProducer {
    private final TimelinesAiEndpoint endpoint;
    private ScheduledExecutorService executor;
    private OperationDispatcher dispatcher;

    public TimelinesAiProducer(TimelinesAiEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        executor = getEndpoint().getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this,
                "TimelinesAiProducer[" + endpoint.getOperationEnum() + "]",
                endpoint.getConfiguration().getWorkerPoolSize());
        dispatcher = new OperationDispatcher(endpoint.getClient(), executor);
    }

    @Override
    protected void doStop() throws Exception {
        if (executor != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdown(executor);
            executor = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        ScheduledExecutorService pool = executor;
        try {
            if (pool == null) {
                throw new RejectedExecutionException("no worker pool");
            }
            pool.execute(() -> dispatcher.run(endpoint.getOperationEnum(), endpoint.getConfiguration(), exchange,
                    callback));
            return false;
        } catch (RejectedExecutionException e) {
            exchange.setException(new TimelinesAiException("The TimelinesAI producer of " + endpoint.getOperationEnum()
                    + " is not running", e));
            callback.done(true);
            return true;
        }
    }
}
