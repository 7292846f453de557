package dev.seed.camel.timelinesai.consumer;

import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.TimelinesAiEventsConfiguration;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;

/** Creates the consumer of a {@code timelinesai:events} endpoint for its mode. */
public final class EventConsumers {
    private EventConsumers() {
    }

    public static Consumer create(TimelinesAiEndpoint endpoint, Processor processor) {
        TimelinesAiEventsConfiguration config = endpoint.getEventsConfiguration();
        IdempotentRepository repository = config.idempotentRepositoryOrDefault();
        if ("poll".equals(config.getMode())) {
            return new TimelinesAiPollConsumer(endpoint, processor, repository);
        }
        return new TimelinesAiWebhookConsumer(endpoint, processor, repository);
    }
}
