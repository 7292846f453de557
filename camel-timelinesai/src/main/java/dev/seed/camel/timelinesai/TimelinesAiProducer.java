package dev.seed.camel.timelinesai;

import java.util.concurrent.ScheduledExecutorService;

import dev.seed.camel.timelinesai.metrics.OperationStatistics;
import dev.seed.camel.timelinesai.operation.OperationDispatcher;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * Runs the endpoint's Public API operation: on the caller's thread when nothing has to wait, else on the
 * producer's pool (see {@link TimelinesAiProducerSupport}); the awaiting operations ({@code awaitStatus}, {@code awaitAnalytics}) poll on the pool.
 */
public class TimelinesAiProducer extends TimelinesAiProducerSupport {
    private final TimelinesAiEndpoint endpoint;
    private OperationDispatcher dispatcher;
    private OperationDispatcher.OperationHandler handler;
    private OperationStatistics.OperationCalls calls;

    public TimelinesAiProducer(TimelinesAiEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        dispatcher = new OperationDispatcher(endpoint.getClient(), endpoint.getStatistics());
        handler = dispatcher.handler(endpoint.getOperationEnum());
        calls = endpoint.getStatistics().getOperations().forOperation(endpoint.getConfiguration().getApi() + "/"
                + endpoint.getConfiguration().getOperation());
        super.doStart();
    }

    /** Counts each call by operation and outcome once its exchange completes. */
    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        OperationStatistics.OperationCalls counted = calls;
        return super.process(exchange, counted != null ? counted.counting(exchange, callback)
                : endpoint.getStatistics().getOperations().counting(endpoint, exchange, callback));
    }

    @Override
    protected String operationName() {
        return endpoint.getOperationEnum().toString();
    }

    @Override
    protected int workerPoolSize() {
        return endpoint.getConfiguration().getWorkerPoolSize();
    }

    @Override
    protected void invoke(Exchange exchange) {
        handler.run(exchange, endpoint.getConfiguration());
    }

    @Override
    protected boolean waitsByDesign() {
        return OperationDispatcher.waitsByDesign(endpoint.getOperationEnum());
    }

    @Override
    protected void startWaiting(Exchange exchange, AsyncCallback done, ScheduledExecutorService scheduler) {
        dispatcher.startWaiting(endpoint.getOperationEnum(), endpoint.getConfiguration(), exchange, done, scheduler);
    }
}
