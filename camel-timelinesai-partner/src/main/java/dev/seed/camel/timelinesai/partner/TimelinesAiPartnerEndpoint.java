package dev.seed.camel.timelinesai.partner;

import java.time.Clock;
import java.util.Map;

import dev.seed.camel.timelinesai.partner.api.PartnerClient;
import dev.seed.camel.timelinesai.partner.auth.PartnerClaims;
import dev.seed.camel.timelinesai.partner.health.PartnerHealth;
import dev.seed.camel.timelinesai.partner.auth.PartnerJwtMinter;
import dev.seed.camel.timelinesai.TimelinesAiEndpointSupport;
import dev.seed.camel.timelinesai.partner.consumer.TimelinesAiPartnerConsumer;
import dev.seed.camel.timelinesai.limit.RequestGuard;
import dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiter;
import dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiters;
import dev.seed.camel.timelinesai.limit.TimelinesAiRetryPolicy;
import dev.seed.camel.timelinesai.limit.TimelinesAiStatistics;
import dev.seed.camel.timelinesai.internal.transport.ApiTransport;
import dev.seed.camel.timelinesai.internal.transport.EndpointHttpClient;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Provision TimelinesAI workspaces for your customers through the Partner API (workspaces, users, WhatsApp QR
 * onboarding, Public API tokens) and receive signed partner events with timelinesai-partner:events.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "timelinesai-partner", title = "TimelinesAI Partner",
        syntax = "timelinesai-partner:api/operation", category = { Category.CHAT, Category.SOCIAL, Category.API },
        headersClass = TimelinesAiPartnerConstants.class)
public class TimelinesAiPartnerEndpoint extends TimelinesAiEndpointSupport<PartnerClient> {
    /** The User-Agent sent with every request. */
    public static final String USER_AGENT = EndpointHttpClient.userAgent("camel-timelinesai-partner",
            TimelinesAiPartnerEndpoint.class, "/META-INF/camel-timelinesai-partner.properties");

    @UriParam
    private final TimelinesAiPartnerConfiguration configuration;
    @UriParam
    private final TimelinesAiPartnerEventsConfiguration eventsConfiguration = new TimelinesAiPartnerEventsConfiguration();
    private TimelinesAiPartnerOperation operationEnum;
    /** The documented HTTP limit per client IP: 30 requests a second plus a burst of 10. */
    private static final int REQUESTS_PER_SECOND = 30;
    private static final int BURST = 10;
    private final TimelinesAiStatistics statistics = new TimelinesAiStatistics();
    private final PartnerHealth health = new PartnerHealth(this);

    public TimelinesAiPartnerEndpoint(String uri, TimelinesAiPartnerComponent component,
                                      TimelinesAiPartnerConfiguration configuration) {
        super(uri, component, "timelinesai-partner", USER_AGENT);
        this.configuration = configuration;
    }

    @Override
    protected String producerHint() {
        return "call the Partner API with timelinesai-partner:<api>/<operation>, e.g. "
                + "timelinesai-partner:workspaces/create";
    }

    @Override
    protected Producer newProducer() {
        return new TimelinesAiPartnerProducer(this);
    }

    @Override
    protected Consumer newConsumer(Processor processor) {
        return new TimelinesAiPartnerConsumer(this, processor);
    }

    @Override
    protected void consumerCreated(Consumer consumer) {
        health.consumerCreated(consumer);
    }

    @Override
    public boolean isEventsEndpoint() {
        return configuration.getApi() == TimelinesAiPartnerApiName.events;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (isEventsEndpoint()) {
            return;
        }
        CloseableHttpClient http = openHttpClient(configuration);
        PartnerJwtMinter minter = new PartnerJwtMinter(configuration.getPartnerId(), configuration.getPartnerSecret(),
                Clock.systemUTC());
        // the Partner API sits on the same host as the Public API: both share that host's JVM-wide request limiter,
        // or the component's rateLimiter (e.g. one the replicas share)
        TimelinesAiRequestLimiter configured = ((TimelinesAiPartnerComponent) getComponent()).getRateLimiter();
        RequestGuard guard = new RequestGuard(configured != null ? configured
                : TimelinesAiRequestLimiters.forUrl(configuration.getBaseUrl(), REQUESTS_PER_SECOND, BURST),
                TimelinesAiRetryPolicy.DEFAULT, statistics);
        setClient(new PartnerClient(new ApiTransport(http, configuration.getBaseUrl(), minter::mint,
                Map.of(PartnerClaims.PARTNER_ID_HEADER, configuration.getPartnerId())).guardedBy(guard)));
        health.start();
    }

    /** What the request policy did for this endpoint's calls: requests, limiter waits, retries. */
    public TimelinesAiStatistics getStatistics() {
        return statistics;
    }

    @Override
    protected void doStop() throws Exception {
        health.stop();
        super.doStop();
    }

    public TimelinesAiPartnerConfiguration getConfiguration() {
        return configuration;
    }

    public TimelinesAiPartnerEventsConfiguration getEventsConfiguration() {
        return eventsConfiguration;
    }

    public TimelinesAiPartnerOperation getOperationEnum() {
        return operationEnum;
    }

    void setOperationEnum(TimelinesAiPartnerOperation operationEnum) {
        this.operationEnum = operationEnum;
    }
}
