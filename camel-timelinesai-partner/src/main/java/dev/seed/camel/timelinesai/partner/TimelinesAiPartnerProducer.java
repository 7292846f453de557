package dev.seed.camel.timelinesai.partner;

import dev.seed.camel.timelinesai.TimelinesAiProducerSupport;
import org.apache.camel.Exchange;

/**
 * Runs the endpoint's Partner API operation: on the caller's thread when nothing has to wait, else on the
 * producer's pool (see {@link TimelinesAiProducerSupport}).
 */
public class TimelinesAiPartnerProducer extends TimelinesAiProducerSupport {
    private final TimelinesAiPartnerEndpoint endpoint;
    private PartnerOperations operations;

    public TimelinesAiPartnerProducer(TimelinesAiPartnerEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        operations = new PartnerOperations(endpoint.getClient());
        super.doStart();
    }

    @Override
    protected String operationName() {
        return String.valueOf(endpoint.getOperationEnum());
    }

    @Override
    protected int workerPoolSize() {
        return endpoint.getConfiguration().getWorkerPoolSize();
    }

    @Override
    protected void invoke(Exchange exchange) {
        operations.invoke(endpoint.getOperationEnum(), endpoint.getConfiguration(), exchange);
    }
}
