package dev.seed.camel.timelinesai;

import dev.seed.camel.timelinesai.internal.transport.EndpointHttpClient;
import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Base of the endpoints of both components: a producer only on {@code <scheme>:<api>/<operation>}, a consumer only
 * on {@code <scheme>:events}, and the HTTP client and API client ({@code C}) a started endpoint holds.
 */
public abstract class TimelinesAiEndpointSupport<C> extends DefaultEndpoint {
    private final String scheme;
    private final EndpointHttpClient endpointHttpClient;
    private C client;

    protected TimelinesAiEndpointSupport(String uri, Component component, String scheme, String userAgent) {
        super(uri, component);
        this.scheme = scheme;
        this.endpointHttpClient = new EndpointHttpClient(userAgent);
    }

    /** Whether this is the {@code <scheme>:events} consumer endpoint. */
    public abstract boolean isEventsEndpoint();

    /** What to use instead of a producer on the events endpoint, for the message that refuses one. */
    protected abstract String producerHint();

    /** The producer of an operation endpoint. */
    protected abstract Producer newProducer();

    /** The consumer of the events endpoint. */
    protected abstract Consumer newConsumer(Processor processor) throws Exception;

    /** Called with each consumer once Camel configured it (to give it its health check). */
    protected abstract void consumerCreated(Consumer consumer);

    @Override
    public Producer createProducer() {
        if (isEventsEndpoint()) {
            throw new UnsupportedOperationException(scheme + ":events only consumes events; " + producerHint());
        }
        return newProducer();
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!isEventsEndpoint()) {
            throw new UnsupportedOperationException("Only " + scheme + ":events has a consumer; " + getEndpointUri()
                    + " is a producer endpoint");
        }
        Consumer consumer = newConsumer(processor);
        configureConsumer(consumer);
        consumerCreated(consumer);
        return consumer;
    }

    @Override
    public boolean isRemote() {
        return true;
    }

    /** Opens this endpoint's HTTP client (its own, or the one configured); closed when the endpoint stops. */
    protected CloseableHttpClient openHttpClient(TimelinesAiHttpConfiguration configuration) {
        return endpointHttpClient.open(getCamelContext(), configuration);
    }

    /** Sets the API client of the started endpoint. */
    protected void setClient(C client) {
        this.client = client;
    }

    /** The API client, available while the endpoint is started. */
    public C getClient() {
        if (client == null) {
            throw new IllegalStateException("Endpoint " + this + " is not started");
        }
        return client;
    }

    @Override
    protected void doStop() throws Exception {
        client = null;
        endpointHttpClient.close();
        super.doStop();
    }
}
