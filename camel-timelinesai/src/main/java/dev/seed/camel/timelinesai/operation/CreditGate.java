package dev.seed.camel.timelinesai.operation;

import java.util.function.LongSupplier;

import dev.seed.camel.timelinesai.TimelinesAiInsufficientCreditsException;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.limit.TimelinesAiStatistics;
import dev.seed.camel.timelinesai.model.Quota;
import dev.seed.camel.timelinesai.model.WorkspaceInfo;

/**
 * Refuses a send the messaging quota cannot cover, before any call: reads {@code GET /workspace} at most once per
 * {@code ttl}, subtracts the credits of the sends passed since, and reads again before refusing, so a stale
 * number never refuses a send that a fresh one would allow.
 */
final class CreditGate {
    private final TimelinesAiClient client;
    private final TimelinesAiStatistics statistics;
    private final LongSupplier clock;
    private long readAt;
    private long remaining = -1;
    private long spentSinceRead;

    CreditGate(TimelinesAiClient client, TimelinesAiStatistics statistics) {
        this(client, statistics, System::nanoTime);
    }

    CreditGate(TimelinesAiClient client, TimelinesAiStatistics statistics, LongSupplier clock) {
        this.client = client;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** Takes {@code credits} from the known balance or throws {@link TimelinesAiInsufficientCreditsException}. */
    synchronized void take(int credits, long ttlMillis) {
        boolean fresh = false;
        if (remaining < 0 || clock.getAsLong() - readAt > ttlMillis * 1_000_000) {
            read();
            fresh = true;
        }
        if (remaining - spentSinceRead < credits && !fresh) {
            read();
        }
        long available = Math.max(0, remaining - spentSinceRead);
        if (available < credits) {
            statistics.creditRefusal();
            throw new TimelinesAiInsufficientCreditsException(credits, available);
        }
        spentSinceRead += credits;
        statistics.getOperations().creditsUsed(credits);
    }

    private void read() {
        WorkspaceInfo workspace = client.workspace().get();
        Quota quota = workspace.messagingQuota();
        remaining = quota == null ? 0 : quota.remaining();
        spentSinceRead = 0;
        readAt = clock.getAsLong();
    }
}
