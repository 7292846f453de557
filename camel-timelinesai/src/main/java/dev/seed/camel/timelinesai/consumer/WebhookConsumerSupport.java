package dev.seed.camel.timelinesai.consumer;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.Suspendable;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.ShutdownAware;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Base of the webhook consumers of both components: serves a path through camel-platform-http with a
 * {@link WebhookRequestProcessor}, answers 503 while suspended or shutting down and counts the deliveries still
 * running as pending, and starts the idempotent repository (stopped only when the consumer is shut down, so a
 * route restart keeps what it remembers).
 */
public abstract class WebhookConsumerSupport<E> extends DefaultConsumer implements Suspendable, ShutdownAware {
    private Consumer httpConsumer;
    private WebhookRequestProcessor<E> requestProcessor;
    private IdempotentRepository repository;

    protected WebhookConsumerSupport(Endpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    /** Starts {@code repository} (may be {@code null}) for this consumer's lifetime and returns it. */
    protected IdempotentRepository useRepository(IdempotentRepository repository) {
        this.repository = repository;
        ServiceHelper.startService(repository);
        return repository;
    }

    /** Serves {@code path} with {@code processor} until this consumer stops. */
    protected void serve(String path, WebhookRequestProcessor<E> processor) throws Exception {
        Endpoint http = getEndpoint().getCamelContext()
                .getEndpoint("platform-http:" + path + WebhookRequestProcessor.PLATFORM_HTTP_OPTIONS);
        requestProcessor = processor;
        httpConsumer = http.createConsumer(inFrontOf(processor));
        ServiceHelper.startService(httpConsumer);
    }

    /** What the HTTP path calls: the request processor itself, or a processor that wraps it (to count answers). */
    protected Processor inFrontOf(WebhookRequestProcessor<E> processor) {
        return processor;
    }

    /** Stops serving the path: new deliveries are not taken any more. */
    protected void stopServing() {
        if (requestProcessor != null) {
            requestProcessor.stopAccepting();
        }
        ServiceHelper.stopAndShutdownServices(httpConsumer);
        httpConsumer = null;
        requestProcessor = null;
    }

    @Override
    protected void doSuspend() throws Exception {
        if (requestProcessor != null) {
            requestProcessor.stopAccepting();
        }
        super.doSuspend();
    }

    @Override
    protected void doResume() throws Exception {
        if (requestProcessor != null) {
            requestProcessor.resumeAccepting();
        }
        super.doResume();
    }

    @Override
    public boolean deferShutdown(ShutdownRunningTask shutdownRunningTask) {
        return false;
    }

    /** Deliveries being processed and not answered yet. */
    @Override
    public int getPendingExchangesSize() {
        return requestProcessor == null ? 0 : requestProcessor.pending();
    }

    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        if (requestProcessor != null) {
            requestProcessor.stopAccepting();
        }
    }

    @Override
    protected void doStop() throws Exception {
        stopServing();
        super.doStop();
    }

    @Override
    protected void doShutdown() throws Exception {
        ServiceHelper.stopAndShutdownService(repository);
        repository = null;
        super.doShutdown();
    }
}
