package dev.seed.camel.timelinesai;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

/** The delivery options both events consumers (timelinesai and timelinesai-partner) share: body limit and seen keys. */
@UriParams
public abstract class TimelinesAiWebhookConfiguration {
    /** Keys the default in-memory idempotent repository remembers. */
    public static final int DEFAULT_REPOSITORY_SIZE = 10_000;

    @UriParam(label = "consumer,advanced", defaultValue = "1048576", description = "Largest accepted delivery in bytes; a larger one gets 413.")
    private int webhookMaxBodySize = 1048576;
    @UriParam(label = "consumer,advanced", description = "The repository of seen event keys; an in-memory one of 10000 keys by default. A failed exchange's key is removed, so its redelivery is processed.")
    private IdempotentRepository idempotentRepository;

    /**
     * The configured repository of seen event keys, else a new in-memory one of {@value #DEFAULT_REPOSITORY_SIZE}
     * keys, which becomes the configured one (so a consumer created again on this endpoint still remembers).
     */
    public IdempotentRepository idempotentRepositoryOrDefault() {
        if (idempotentRepository == null) {
            idempotentRepository = MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REPOSITORY_SIZE);
        }
        return idempotentRepository;
    }

    public int getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(int webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }
}
