package dev.seed.camel.timelinesai.simulator.waba;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;

/**
 * The asynchronous analytics requests of WABA accounts: a request gets a handle in state {@code pending} and
 * becomes {@code ready} (or {@code error} when its account is not active by then) once the configured delay
 * has passed; the result is computed at that moment from the account's messages. An identical request
 * (same account, start, end and dimensions) returns the handle it already has.
 */
public final class WabaAnalytics {
    /** How long a request stays pending unless the admin API says otherwise. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
    /** How far back a request may reach; an older start is clamped. */
    public static final Duration MAX_LOOKBACK = Duration.ofDays(365);

    private final SimulatorState state;
    private final Map<String, Job> byKey = new HashMap<>();
    private final Map<String, Job> byHandle = new HashMap<>();
    private Duration delay = DEFAULT_DELAY;

    /** One analytics request: what was asked, when it is due, and its outcome once computed. */
    public static final class Job {
        private final String handle;
        private final long accountId;
        private final long start;
        private final long end;
        private final List<String> dimensions;
        private final Instant readyAt;
        private String state = "pending";
        private ObjectNode result;
        private ObjectNode error;

        Job(String handle, long accountId, long start, long end, List<String> dimensions, Instant readyAt) {
            this.handle = handle;
            this.accountId = accountId;
            this.start = start;
            this.end = end;
            this.dimensions = dimensions;
            this.readyAt = readyAt;
        }

        public String handle() { return handle; }
        public long accountId() { return accountId; }
        /** Window start and end as clamped, in UNIX seconds. */
        public long start() { return start; }
        public long end() { return end; }
        public List<String> dimensions() { return dimensions; }

        /** {@code {handle, state, result?, error?}}. */
        public synchronized ObjectNode toJson() {
            ObjectNode node = Json.object().put("handle", handle).put("state", state);
            if (result != null) {
                node.set("result", result.deepCopy());
            }
            if (error != null) {
                node.set("error", error.deepCopy());
            }
            return node;
        }
    }

    public WabaAnalytics(SimulatorState state) {
        this.state = state;
    }

    /**
     * The job of a request; {@code start}/{@code end} are as sent (the cache key) and are clamped here to the
     * last 365 days and to now. Returns the existing job of an identical request.
     */
    public synchronized Job request(WabaAccount account, long start, long end, List<String> dimensions) {
        String key = account.id() + "|" + start + "|" + end + "|" + String.join(",", dimensions);
        Job existing = byKey.get(key);
        if (existing != null) {
            return refresh(existing);
        }
        Instant now = state.now();
        long clampedStart = Math.max(start, now.minus(MAX_LOOKBACK).getEpochSecond());
        long clampedEnd = Math.min(end, now.getEpochSecond());
        Job job = new Job(UUID.randomUUID().toString().replace("-", ""), account.id(), clampedStart, clampedEnd,
                dimensions, now.plus(delay));
        byKey.put(key, job);
        byHandle.put(job.handle, job);
        return refresh(job);
    }

    /** The job of a handle, brought up to date; null when unknown. */
    public synchronized Job find(String handle) {
        Job job = byHandle.get(handle);
        return job == null ? null : refresh(job);
    }

    public synchronized Duration delay() { return delay; }

    public synchronized void setDelay(Duration delay) { this.delay = delay; }

    /** Forgets every request and restores the default delay. */
    public synchronized void reset() {
        byKey.clear();
        byHandle.clear();
        delay = DEFAULT_DELAY;
    }

    private Job refresh(Job job) {
        synchronized (job) {
            if ("pending".equals(job.state) && !state.now().isBefore(job.readyAt)) {
                WabaAccount account = state.waba().account(job.accountId).orElse(null);
                if (account == null || !account.isActive()) {
                    job.state = "error";
                    job.error = Json.object().put("code", 409)
                            .put("message", "WABA account " + job.accountId + " is not active");
                } else {
                    job.state = "ready";
                    job.result = new AnalyticsReport(state.waba(), account).build(job.start, job.end, job.dimensions);
                }
            }
        }
        return job;
    }
}
