package dev.seed.camel.timelinesai.partner;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import dev.seed.camel.timelinesai.TimelinesAiException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Runs the endpoint's Partner API operation on a Camel-managed thread pool, so the blocking HTTP call never blocks
 * the route thread; the callback is completed once, from the worker.
 */
public class TimelinesAiPartnerProducer extends DefaultAsyncProducer {
    private final TimelinesAiPartnerEndpoint endpoint;
    private ExecutorService executor;
    private PartnerOperations operations;

    public TimelinesAiPartnerProducer(TimelinesAiPartnerEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        executor = getEndpoint().getCamelContext().getExecutorServiceManager().newFixedThreadPool(this,
                "TimelinesAiPartnerProducer[" + endpoint.getOperationEnum() + "]",
                endpoint.getConfiguration().getWorkerPoolSize());
        operations = new PartnerOperations(endpoint.getClient());
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
        try {
            executor.execute(() -> {
                try {
                    operations.invoke(endpoint.getOperationEnum(), endpoint.getConfiguration(), exchange);
                } catch (Throwable e) {
                    exchange.setException(e);
                }
                callback.done(false);
            });
            return false;
        } catch (RejectedExecutionException | NullPointerException e) {
            exchange.setException(new TimelinesAiException("The TimelinesAI Partner producer of "
                    + endpoint.getOperationEnum() + " is not running", e));
            callback.done(true);
            return true;
        }
    }
}
