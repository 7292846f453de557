package dev.seed.camel.timelinesai.consumer;

import java.util.LinkedHashSet;
import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.TimelinesAiEventsConfiguration;
import dev.seed.camel.timelinesai.event.EventParser;
import dev.seed.camel.timelinesai.event.TimelinesAiEvent;
import dev.seed.camel.timelinesai.metrics.RefusalCounter;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.ShutdownAware;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook mode of {@code timelinesai:events}: serves {@code webhookPath} through camel-platform-http (so it
 * runs on whatever HTTP server the runtime has), registers its subscriptions when an external URL is set, and
 * acknowledges after the route or after a handover to a queue. On shutdown it is suspended first: new deliveries
 * get 503, the running ones finish and get their answer, and only then are the subscriptions it created deleted
 * (unless {@code unregisterOnStop} is off). With a cluster service every replica serves the path and only the leader
 * registers; a stopping replica leaves the subscriptions to the others.
 */
public class TimelinesAiWebhookConsumer extends WebhookConsumerSupport<TimelinesAiEvent>
        implements ClusteredConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(TimelinesAiWebhookConsumer.class);

    private final TimelinesAiEventsConfiguration config;
    private final List<String> eventTypes;
    private final IdempotentRepository repository;
    private String secret;
    private WebhookRegistrar registrar;
    private AsyncProducer handoverProducer;
    private Consumer handoverConsumer;
    private volatile ClusterLeadership leadership;
    /** Whether this replica, as leader, has done its registration (the watch repairs only from then on). */
    private volatile boolean registered;
    private boolean unregisterOnStop;

    public TimelinesAiWebhookConsumer(TimelinesAiEndpoint endpoint, Processor processor,
                                      IdempotentRepository repository) {
        super(endpoint, processor);
        this.config = endpoint.getEventsConfiguration();
        this.eventTypes = EventsOptionsValidator.eventTypes(config);
        this.repository = repository;
    }

    @Override
    public TimelinesAiEndpoint getEndpoint() {
        return (TimelinesAiEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ClusterLeadership elected = "none".equals(config.getWebhookAction())
                ? ClusterLeadership.of(getEndpoint().getCamelContext(), config, new ClusterLeadership.Listener() {
                    @Override
                    public void elected() {
                        registerAsLeader();
                    }

                    @Override
                    public void revoked() {
                        registered = false;
                    }
                }) : null;
        if (elected != null) {
            EventsOptionsValidator.validateClustered(config);
            if (config.isIdempotent() && repository instanceof MemoryIdempotentRepository) {
                LOG.warn("timelinesai:events runs with a cluster service but remembers seen events in memory: a "
                        + "redelivery that reaches another replica is processed again; set idempotentRepository to "
                        + "a repository the replicas share (a ClaimingIdempotentRepository such as "
                        + "JdbcClaimingIdempotentRepository)");
            }
        }
        unregisterOnStop = "auto".equals(config.getUnregisterOnStop()) ? elected == null
                : Boolean.parseBoolean(config.getUnregisterOnStop());
        secret = config.getWebhookSecret();
        if (secret == null) {
            secret = WebhookSecrets.generate();
            if (config.getWebhookExternalUrl() == null || !config.isWebhookAutoRegister()) {
                LOG.warn("timelinesai:events has no webhookSecret and does not register its URL itself: a random "
                        + "secret was generated, so subscriptions you create by hand will be refused; set "
                        + "webhookSecret");
            }
        }
        if (config.getWebhookExternalUrl() != null) {
            registrar = new WebhookRegistrar(getEndpoint().getClient().webhooks(), subscriptionUrl(), eventTypes,
                    config.getWebhookSubscriptionLimit());
        }
        if (!"none".equals(config.getWebhookAction())) {
            runOneShotAction();
            return;
        }
        EventDispatcher dispatcher = new EventDispatcher(this, new LinkedHashSet<>(eventTypes),
                config.isIdempotent() ? useRepository(repository) : null, config.isDownloadAttachments()
                        ? new AttachmentDownloader(getEndpoint().getClient().transport()) : null);
        WebhookRequestProcessor.EventSink<TimelinesAiEvent> sink = dispatcher::toRoute;
        if ("afterHandover".equals(config.getAcknowledge())) {
            Endpoint handover = getEndpoint().getCamelContext().getEndpoint(config.getHandoverUri());
            handoverProducer = handover.createAsyncProducer();
            ServiceHelper.startService(handoverProducer);
            handoverConsumer = handover.createConsumer(new HandoverProcessor(getAsyncProcessor()));
            ServiceHelper.startService(handoverConsumer);
            sink = (event, raw, done) -> dispatcher.guarded(event, raw, finish -> handOver(event, raw, finish), done);
        }
        WebhookGuard guard = new WebhookGuard(secret, config.getWebhookBearerToken(),
                config.getWebhookBasicAuthUsername() == null ? null
                        : config.getWebhookBasicAuthUsername() + ":" + config.getWebhookBasicAuthPassword(),
                config.getWebhookAllowedIps() == null ? null : IpAllowList.parse(config.getWebhookAllowedIps()));
        serve(config.getWebhookPath(), new WebhookRequestProcessor<>(guard, config.getWebhookMaxBodySize(),
                EventParser::parse, TimelinesAiEvent::eventType, sink));
        LOG.info("timelinesai:events serves {} for {}", config.getWebhookPath(), eventTypes);
        if (registrar == null) {
            LOG.info("timelinesai:events has no webhookExternalUrl, so it registers nothing: create the subscriptions "
                    + "yourself with the URL of {} and ?secret=<webhookSecret>", config.getWebhookPath());
        }
        if (elected != null) {
            // the leader registers, now or when elected; the others only serve
            leadership = elected;
            try {
                elected.start();
            } catch (Exception e) {
                leadership = null;
                stopServing();
                ServiceHelper.stopAndShutdownServices(handoverConsumer, handoverProducer);
                throw e;
            }
        } else if (registrar != null && config.isWebhookAutoRegister()) {
            try {
                registrar.register();
            } catch (RuntimeException e) {
                stopServing();
                ServiceHelper.stopAndShutdownServices(handoverConsumer, handoverProducer);
                throw e;
            }
        }
    }

    /** On the leadership thread: the new leader creates what is missing and reuses what the others left. */
    private void registerAsLeader() {
        try {
            if (registrar != null && config.isWebhookAutoRegister()) {
                registrar.register();
            }
        } catch (RuntimeException e) {
            LOG.warn("timelinesai:events leads its cluster but could not register its webhooks ({}); {}",
                    e.getMessage(), config.isWebhookRepair() ? "the subscription watch tries again every "
                            + "healthCheckInterval" : "its health check reports them DOWN");
        } finally {
            registered = true;
        }
    }

    @Override
    public ClusterLeadership getLeadership() {
        return leadership;
    }

    /** Alone, always; with a cluster service, while this replica leads and has done the leader's registration. */
    @Override
    public boolean isLeading() {
        ClusterLeadership current = leadership;
        return current == null || registered && current.isLeader();
    }

    /** Whether the subscriptions this consumer created are deleted when it stops (option unregisterOnStop). */
    public boolean isUnregisterOnStop() {
        return unregisterOnStop;
    }

    @Override
    protected Processor inFrontOf(WebhookRequestProcessor<TimelinesAiEvent> processor) {
        return new RefusalCounter(getEndpoint().getEventsStatistics(), processor);
    }

    private void handOver(TimelinesAiEvent event, byte[] raw, DeliveryCallback finish) {
        Exchange exchange = handoverProducer.getEndpoint().createExchange(ExchangePattern.InOnly);
        exchange.getMessage().setBody(EventDispatcher.json(event, raw));
        EventExchanges.populateHeaders(exchange.getMessage(), event);
        handoverProducer.process(exchange, doneSync -> {
            Throwable failure = RouteCall.failureOf(exchange);
            finish.done(failure == null ? DeliveryOutcome.PROCESSED : DeliveryOutcome.FAILED, failure);
        });
    }

    private void runOneShotAction() {
        if ("register".equals(config.getWebhookAction())) {
            registrar.register();
            LOG.info("timelinesai:events registered its webhooks ({}); stopping the CamelContext", eventTypes);
        } else {
            int deleted = registrar.unregisterAll();
            LOG.info("timelinesai:events deleted {} webhook subscription(s); stopping the CamelContext", deleted);
        }
        Thread stopper = new Thread(() -> {
            try {
                getEndpoint().getCamelContext().stop();
            } catch (RuntimeException e) {
                LOG.warn("Could not stop the CamelContext after webhookAction: {}", e.getMessage());
            }
        }, "timelinesai-webhook-action");
        stopper.setDaemon(false);
        stopper.start();
    }

    private String subscriptionUrl() {
        return WebhookSecrets.subscriptionUrl(config.getWebhookExternalUrl(), config.getWebhookPath(), secret);
    }

    /** The subscription ids this consumer created on start (deleted on stop). */
    public List<Long> getCreatedSubscriptions() {
        return registrar == null ? List.of() : registrar.created();
    }

    /** Deliveries not answered yet, plus events handed over to a queue and not taken by the route yet. */
    @Override
    public int getPendingExchangesSize() {
        int size = super.getPendingExchangesSize();
        if (handoverConsumer instanceof ShutdownAware queue) {
            size += queue.getPendingExchangesSize();
        }
        return size;
    }

    @Override
    protected void doStop() throws Exception {
        stopServing();
        ClusterLeadership left = leadership;
        leadership = null;
        if (left != null) {
            left.stop();
        }
        if (registrar != null && "none".equals(config.getWebhookAction()) && unregisterOnStop) {
            registrar.unregisterCreated();
        }
        ServiceHelper.stopAndShutdownServices(handoverConsumer, handoverProducer);
        handoverConsumer = null;
        handoverProducer = null;
        super.doStop();
    }
}
