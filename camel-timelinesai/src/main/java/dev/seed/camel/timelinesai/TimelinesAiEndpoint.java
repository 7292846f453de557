package dev.seed.camel.timelinesai;

import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.limit.RequestGuard;
import dev.seed.camel.timelinesai.limit.TimelinesAiStatistics;
import dev.seed.camel.timelinesai.consumer.EventConsumers;
import dev.seed.camel.timelinesai.health.TimelinesAiHealth;
import dev.seed.camel.timelinesai.metrics.EventsStatistics;
import dev.seed.camel.timelinesai.internal.transport.ApiTransport;
import dev.seed.camel.timelinesai.internal.transport.EndpointHttpClient;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Send WhatsApp messages and manage chats, labels, files, webhooks and templates through the TimelinesAI Public
 * API, and receive workspace events (webhooks, or polling where there is no public URL) with timelinesai:events.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "timelinesai", title = "TimelinesAI", syntax = "timelinesai:api/operation",
        category = { Category.CHAT, Category.SOCIAL, Category.API },
        headersClass = TimelinesAiConstants.class)
@ManagedResource(description = "TimelinesAI endpoint")
public class TimelinesAiEndpoint extends TimelinesAiEndpointSupport<TimelinesAiClient> implements EndpointServiceLocation {
    /** The User-Agent sent with every request. */
    public static final String USER_AGENT = EndpointHttpClient.userAgent("camel-timelinesai", TimelinesAiEndpoint.class,
            "/META-INF/camel-timelinesai.properties");

    @UriParam
    private final TimelinesAiConfiguration configuration;
    @UriParam
    private final TimelinesAiMessageOptions messageOptions;
    @UriParam
    private final TimelinesAiChatListOptions chatListOptions;
    @UriParam
    private final TimelinesAiChatUpdateOptions chatUpdateOptions;
    @UriParam
    private final TimelinesAiAdminOptions adminOptions;
    @UriParam
    private final TimelinesAiWabaOptions wabaOptions;
    @UriParam
    private final TimelinesAiEventsConfiguration eventsConfiguration = new TimelinesAiEventsConfiguration();
    private TimelinesAiOperation operationEnum;
    private boolean tokenFromComponent;
    private final EventsStatistics eventsStatistics = new EventsStatistics();
    private final TimelinesAiHealth health = new TimelinesAiHealth(this);

    public TimelinesAiEndpoint(String uri, TimelinesAiComponent component, TimelinesAiConfiguration configuration) {
        super(uri, component, "timelinesai", USER_AGENT);
        this.configuration = configuration;
        this.messageOptions = configuration.getMessageOptions();
        this.chatListOptions = configuration.getChatListOptions();
        this.chatUpdateOptions = configuration.getChatUpdateOptions();
        this.adminOptions = configuration.getAdminOptions();
        this.wabaOptions = configuration.getWabaOptions();
    }

    @Override
    protected String producerHint() {
        return "send with timelinesai:<api>/<operation>, e.g. timelinesai:messages/send";
    }

    @Override
    protected Producer newProducer() {
        return new TimelinesAiProducer(this);
    }

    @Override
    protected Consumer newConsumer(Processor processor) {
        return EventConsumers.create(this, processor);
    }

    @Override
    protected void consumerCreated(Consumer consumer) {
        health.consumerCreated(consumer);
    }

    @Override
    public boolean isEventsEndpoint() {
        return configuration.getApi() == TimelinesAiApiName.events;
    }

    public TimelinesAiEventsConfiguration getEventsConfiguration() {
        return eventsConfiguration;
    }

    public TimelinesAiMessageOptions getMessageOptions() {
        return messageOptions;
    }

    public TimelinesAiChatListOptions getChatListOptions() {
        return chatListOptions;
    }

    public TimelinesAiChatUpdateOptions getChatUpdateOptions() {
        return chatUpdateOptions;
    }

    public TimelinesAiAdminOptions getAdminOptions() {
        return adminOptions;
    }

    public TimelinesAiWabaOptions getWabaOptions() {
        return wabaOptions;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        CloseableHttpClient http = openHttpClient(configuration);
        TimelinesAiComponent component = (TimelinesAiComponent) getComponent();
        RequestGuard guard = new RequestGuard(component.limiterFor(configuration.getBaseUrl()), component.retryPolicy(),
                component.getStatistics());
        setClient(new TimelinesAiClient(new ApiTransport(http, configuration.getBaseUrl(), this::currentToken)
                .retryWhenTokenChanged().guardedBy(guard)));
        health.start();
    }

    @Override
    protected void doStop() throws Exception {
        health.stop();
        super.doStop();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    public TimelinesAiConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The token of the next request: the component's current one when the endpoint has none of its own (so a
     * token set on the running component is used at once), else the endpoint's.
     */
    public String currentToken() {
        if (tokenFromComponent && getComponent() instanceof TimelinesAiComponent component
                && component.getToken() != null) {
            return component.getToken();
        }
        return configuration.getToken();
    }

    void setTokenFromComponent(boolean tokenFromComponent) {
        this.tokenFromComponent = tokenFromComponent;
    }

    public TimelinesAiOperation getOperationEnum() {
        return operationEnum;
    }

    void setOperationEnum(TimelinesAiOperation operationEnum) {
        this.operationEnum = operationEnum;
    }

    /** The counters of the component's request policy (shared by its endpoints). */
    public TimelinesAiStatistics getStatistics() {
        return ((TimelinesAiComponent) getComponent()).getStatistics();
    }

    @ManagedAttribute(description = "HTTP attempts of the component's endpoints")
    public long getRequestCount() {
        return getStatistics().getRequestCount();
    }

    @ManagedAttribute(description = "Retries after 429, 403, 5xx or lost connections")
    public long getRetryCount() {
        return getStatistics().getRetryCount();
    }

    @ManagedAttribute(description = "429 answers received")
    public long getRateLimitedCount() {
        return getStatistics().getRateLimitedCount();
    }

    @ManagedAttribute(description = "Attempts that waited for the shared request limiter")
    public long getLimiterWaitCount() {
        return getStatistics().getLimiterWaitCount();
    }

    @ManagedAttribute(description = "Sends that ended without knowing whether TimelinesAI accepted them")
    public long getAmbiguousSendCount() {
        return getStatistics().getAmbiguousSendCount();
    }

    /** The health wiring of this endpoint: its readiness probe, consumer check and subscription watch. */
    public TimelinesAiHealth getHealth() {
        return health;
    }

    /** What the events consumer of this endpoint did: events by type and outcome, refused deliveries. */
    public EventsStatistics getEventsStatistics() {
        return eventsStatistics;
    }
}
