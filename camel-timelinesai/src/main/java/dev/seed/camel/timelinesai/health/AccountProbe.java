package dev.seed.camel.timelinesai.health;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.model.Quota;
import dev.seed.camel.timelinesai.model.WhatsAppAccount;
import dev.seed.camel.timelinesai.model.WorkspaceInfo;

/**
 * Whether the token is accepted and a WhatsApp account is connected, read from TimelinesAI at most once per
 * interval (two calls through the endpoint's client, so through the shared limiter) and never by two threads at
 * once; between reads everyone gets the cached answer.
 */
public final class AccountProbe {
    /** One read: {@code up} with the connected phones, or the reason it is not. */
    public record Snapshot(boolean up, String reason, List<String> connected, List<String> disconnected,
                           Map<String, Long> quotaLeft, Instant checkedAt) {
    }

    private final Supplier<TimelinesAiClient> client;
    private volatile long intervalMillis;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private final List<java.util.function.Consumer<Snapshot>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Snapshot last;
    private volatile long lastAt;

    AccountProbe(Supplier<TimelinesAiClient> client, long intervalMillis) {
        this.client = client;
        this.intervalMillis = intervalMillis;
    }

    /** The cached read, refreshed first when it is older than the interval and no other read runs; may be null. */
    public Snapshot current() {
        Snapshot snapshot = last;
        if ((snapshot == null || System.nanoTime() - lastAt >= intervalMillis * 1_000_000L)
                && inFlight.compareAndSet(false, true)) {
            try {
                snapshot = read();
                last = snapshot;
                lastAt = System.nanoTime();
                for (java.util.function.Consumer<Snapshot> listener : listeners) {
                    listener.accept(snapshot);
                }
            } finally {
                inFlight.set(false);
            }
        }
        return snapshot;
    }

    /** Endpoints sharing the probe may ask for a shorter interval; the shortest wins. */
    void shortenInterval(long millis) {
        if (millis < intervalMillis) {
            intervalMillis = millis;
        }
    }

    /** Tells {@code listener} of every read, and of the last one at once. */
    public void onRead(java.util.function.Consumer<Snapshot> listener) {
        listeners.add(listener);
        Snapshot snapshot = last;
        if (snapshot != null) {
            listener.accept(snapshot);
        }
    }

    /** The last read without reading, or null. */
    public Snapshot cached() {
        return last;
    }

    private Snapshot read() {
        Instant now = Instant.now();
        try {
            TimelinesAiClient api = client.get();
            List<WhatsAppAccount> accounts = api.accounts().list(false);
            List<String> connected = accounts.stream().filter(a -> "active".equals(a.status()))
                    .map(WhatsAppAccount::phone).toList();
            List<String> disconnected = accounts.stream().filter(a -> !"active".equals(a.status()))
                    .map(WhatsAppAccount::phone).toList();
            Map<String, Long> quota = quotaLeft(api.workspace().get());
            if (connected.isEmpty()) {
                return new Snapshot(false, "No WhatsApp account is connected" + (disconnected.isEmpty() ? ""
                        : " (disconnected: " + String.join(", ", disconnected) + ")"), connected, disconnected,
                        quota, now);
            }
            return new Snapshot(true, null, connected, disconnected, quota, now);
        } catch (TimelinesAiException e) {
            String reason = e.getHttpStatus() == 401 ? "The API token was refused (HTTP 401"
                    + (e.getErrorCode() != null ? " " + e.getErrorCode() : "") + ")"
                    : e.getHttpStatus() > 0 ? "TimelinesAI answered HTTP " + e.getHttpStatus()
                    + (e.getErrorCode() != null ? " " + e.getErrorCode() : "")
                    : "TimelinesAI could not be reached (" + causeName(e) + ")";
            return new Snapshot(false, reason, List.of(), List.of(), Map.of(), now);
        } catch (RuntimeException e) {
            return new Snapshot(false, "TimelinesAI could not be checked (" + causeName(e) + ")", List.of(),
                    List.of(), Map.of(), now);
        }
    }

    private static String causeName(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName();
    }

    private static Map<String, Long> quotaLeft(WorkspaceInfo workspace) {
        Map<String, Long> left = new TreeMap<>();
        put(left, "messaging", workspace.messagingQuota());
        put(left, "api_calls", workspace.apiCallsQuota());
        put(left, "seats", workspace.seats());
        return left;
    }

    private static void put(Map<String, Long> left, String name, Quota quota) {
        if (quota != null) {
            left.put(name, quota.remaining());
        }
    }
}
