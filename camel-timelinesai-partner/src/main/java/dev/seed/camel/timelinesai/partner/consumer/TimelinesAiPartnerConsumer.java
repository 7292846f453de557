package dev.seed.camel.timelinesai.partner.consumer;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.seed.camel.timelinesai.consumer.DeliveryGate;
import dev.seed.camel.timelinesai.consumer.RouteCall;
import dev.seed.camel.timelinesai.consumer.WebhookConsumerSupport;
import dev.seed.camel.timelinesai.consumer.WebhookRequestProcessor;
import dev.seed.camel.timelinesai.event.MalformedEventException;
import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConfiguration;
import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConstants;
import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerEndpoint;
import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerEventsConfiguration;
import dev.seed.camel.timelinesai.partner.auth.PartnerSignatureVerifier;
import dev.seed.camel.timelinesai.partner.event.PartnerEvent;
import dev.seed.camel.timelinesai.partner.event.PartnerEvents;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code timelinesai-partner:events}: serves {@code webhookPath} through camel-platform-http, refuses deliveries
 * whose {@code X-TL-Signature} does not verify (401, no exchange), drops repeats, and answers 200 once the route
 * processed the typed event or 500 so that TimelinesAI redelivers. Reuses the workspace consumer's request
 * handling ({@link WebhookRequestProcessor}) and de-duplication ({@link DeliveryGate}). On shutdown it is suspended
 * first: new deliveries get 503 and the running ones finish and get their answer.
 */
public class TimelinesAiPartnerConsumer extends WebhookConsumerSupport<PartnerEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(TimelinesAiPartnerConsumer.class);

    private final TimelinesAiPartnerEventsConfiguration events;
    private final TimelinesAiPartnerConfiguration config;

    public TimelinesAiPartnerConsumer(TimelinesAiPartnerEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.events = endpoint.getEventsConfiguration();
        this.config = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        List<String> types = eventTypes();
        Set<String> wanted = new LinkedHashSet<>(types);
        IdempotentRepository repository = events.isIdempotent()
                ? useRepository(events.idempotentRepositoryOrDefault()) : null;
        DeliveryGate<PartnerEvent> gate = new DeliveryGate<>(e -> wanted.contains(e.eventType()),
                (e, raw) -> DeliveryGate.digestKey(e.eventType(), raw), repository);
        PartnerSignatureVerifier verifier = new PartnerSignatureVerifier(config.getPartnerId(),
                config.getPartnerSecret(), Duration.ofMillis(events.getSignatureLeeway()), Clock.systemUTC());
        WebhookRequestProcessor.EventSink<PartnerEvent> sink = (event, raw, done) -> gate.run(event, raw,
                finish -> RouteCall.run(this, exchangeOf(event), "TimelinesAI partner event " + event.eventType(),
                        finish), done);
        serve(events.getWebhookPath(), new WebhookRequestProcessor<>(new PartnerSignatureCheck(verifier),
                events.getWebhookMaxBodySize(), this::parse, PartnerEvent::eventType, sink));
        LOG.info("timelinesai-partner:events serves {} for {}", events.getWebhookPath(), types);
    }

    /**
     * The typed event; its {@code partner_id} must be ours (the signature passed for our partner id, but does not
     * cover the body), else 400.
     */
    private PartnerEvent parse(byte[] body) {
        PartnerEvent event = PartnerEvents.parse(body);
        if (event.partnerId() != null && !event.partnerId().equals(config.getPartnerId())) {
            throw new MalformedEventException("The body's partner_id is not the signed X-TL-Partner-Id");
        }
        return event;
    }

    private List<String> eventTypes() {
        String value = events.getEventTypes();
        return "all".equals(value.trim()) ? PartnerEvents.ALL
                : Arrays.stream(value.split(",")).map(String::trim).toList();
    }

    private Exchange exchangeOf(PartnerEvent event) {
        Exchange exchange = createExchange(false);
        populate(exchange.getMessage(), event);
        return exchange;
    }

    /** The event as body, its type, workspace, time and (for account events) user as headers. */
    static void populate(Message message, PartnerEvent event) {
        message.setBody(event);
        message.setHeader(TimelinesAiPartnerConstants.EVENT_TYPE, event.eventType());
        message.setHeader(TimelinesAiPartnerConstants.WORKSPACE_ID, event.workspaceId());
        message.setHeader(TimelinesAiPartnerConstants.TRIGGERED_AT, event.triggeredAt());
        if (event.userId() != null) {
            message.setHeader(TimelinesAiPartnerConstants.USER_ID, event.userId());
        }
    }
}
