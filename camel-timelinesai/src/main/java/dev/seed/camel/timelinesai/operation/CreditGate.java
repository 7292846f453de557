package dev.seed.camel.timelinesai.operation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;

import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.TimelinesAiInsufficientCreditsException;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.limit.InlineRun;
import dev.seed.camel.timelinesai.limit.TimelinesAiStatistics;
import dev.seed.camel.timelinesai.model.Quota;

/**
 * Refuses a send the messaging quota cannot cover, before any call: reads {@code GET /workspace} at most once per
 * {@code ttl}, subtracts the credits of the sends passed since, and reads again before refusing, so a stale
 * number never refuses a send that a fresh one would allow. The read happens outside the lock, one at a time
 * (other senders wait for it, they do not read too); credits of a send that then fails are given back.
 */
final class CreditGate {
    private final TimelinesAiClient client;
    private final TimelinesAiStatistics statistics;
    private final LongSupplier clock;
    private final Object lock = new Object();
    private long readAt;
    private long remaining = -1;
    private long spentSinceRead;
    private long generation;
    private CompletableFuture<Void> reading;

    CreditGate(TimelinesAiClient client, TimelinesAiStatistics statistics) {
        this(client, statistics, System::nanoTime);
    }

    CreditGate(TimelinesAiClient client, TimelinesAiStatistics statistics, LongSupplier clock) {
        this.client = client;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** Credits taken for one send, to give back if it fails. */
    record Charge(long generation, int credits) {
    }

    /** Takes {@code credits} from the known balance or throws {@link TimelinesAiInsufficientCreditsException}. */
    Charge take(int credits, long ttlMillis) {
        boolean fresh = false;
        while (true) {
            CompletableFuture<Void> pending;
            boolean mine = false;
            synchronized (lock) {
                boolean stale = remaining < 0 || clock.getAsLong() - readAt > ttlMillis * 1_000_000;
                if (!stale && (fresh || remaining - spentSinceRead >= credits)) {
                    long available = Math.max(0, remaining - spentSinceRead);
                    if (available < credits) {
                        statistics.creditRefusal();
                        throw new TimelinesAiInsufficientCreditsException(credits, available);
                    }
                    spentSinceRead += credits;
                    statistics.getOperations().creditsUsed(credits);
                    return new Charge(generation, credits);
                }
                if (reading == null) {
                    reading = new CompletableFuture<>();
                    mine = true;
                }
                pending = reading;
            }
            if (mine) {
                read(pending);
                fresh = true;
            } else {
                fresh = awaitRead(pending);
            }
        }
    }

    /** Gives the credits of a send that failed back, unless the balance was read again since. */
    void giveBack(Charge charge) {
        synchronized (lock) {
            if (charge.generation() == generation) {
                spentSinceRead = Math.max(0, spentSinceRead - charge.credits());
            }
        }
    }

    private void read(CompletableFuture<Void> pending) {
        long spentBefore;
        synchronized (lock) {
            spentBefore = spentSinceRead;
        }
        try {
            Quota quota = client.workspace().get().messagingQuota();
            synchronized (lock) {
                remaining = quota == null ? 0 : quota.remaining();
                // sends charged while the read was in flight may or may not be in it: count them (the safe side)
                spentSinceRead = Math.max(0, spentSinceRead - spentBefore);
                readAt = clock.getAsLong();
                generation++;
                reading = null;
            }
            pending.complete(null);
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                reading = null;
            }
            pending.completeExceptionally(e);
            throw e;
        }
    }

    /** Waits for another sender's read; {@code false} when it had to be handed off (then this sender reads). */
    private static boolean awaitRead(CompletableFuture<Void> pending) {
        try {
            pending.join();
            return true;
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InlineRun.HandOff) {
                return false;
            }
            throw new TimelinesAiException("Could not read the messaging quota for the credit check: "
                    + cause.getMessage(), cause);
        }
    }
}
