package dev.seed.camel.timelinesai.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;

import static dev.seed.camel.timelinesai.simulator.AdminTransport.MAPPER;
import static dev.seed.camel.timelinesai.simulator.AdminTransport.putIfNotNull;
import static dev.seed.camel.timelinesai.simulator.AdminTransport.violations;

/**
 * How the simulated Public API answers and what it saw: injected faults, the rate limit, traffic counters and
 * contract violations. Get one from {@link SimulatorAdminClient#traffic()}.
 */
public final class TrafficAdmin {
    private final AdminTransport transport;

    TrafficAdmin(AdminTransport transport) {
        this.transport = transport;
    }

    /** A fault to inject into the Public API; build with one of the kind factories, then narrow it. */
    public static final class FaultSpec {
        private final ObjectNode body = MAPPER.createObjectNode();

        private FaultSpec(String kind) {
            body.put("kind", kind);
        }

        /** Delays matching requests, then serves them normally. */
        public static FaultSpec latency(Duration delay) {
            FaultSpec spec = new FaultSpec("latency");
            spec.body.put("delay_ms", delay.toMillis());
            return spec;
        }

        /** Answers {@code status} with the API's error body (default error code and message for the status). */
        public static FaultSpec status(int status) {
            FaultSpec spec = new FaultSpec("status");
            spec.body.put("status", status);
            return spec;
        }

        public static FaultSpec status(int status, String errorCode, String message) {
            FaultSpec spec = status(status);
            spec.body.put("error_code", errorCode).put("message", message);
            return spec;
        }

        /** Answers 429 {@code rate_limit_exceeded}; {@code retryAfterSeconds} null sends no {@code Retry-After}. */
        public static FaultSpec rateLimit(Integer retryAfterSeconds) {
            FaultSpec spec = new FaultSpec("rate_limit");
            putIfNotNull(spec.body, "retry_after", retryAfterSeconds == null ? null : retryAfterSeconds.longValue());
            return spec;
        }

        /** Closes the connection without an answer. */
        public static FaultSpec drop() {
            return new FaultSpec("drop");
        }

        public FaultSpec method(String method) { body.put("method", method); return this; }
        /** Paths relative to {@code /integrations/api}, e.g. {@code /messages}. */
        public FaultSpec pathPrefix(String prefix) { body.put("path_prefix", prefix); return this; }
        /** A regex the whole relative path must match, e.g. {@code /chats/\d+/messages}. */
        public FaultSpec pathRegex(String regex) { body.put("path_regex", regex); return this; }
        /** Fires at most this many times. */
        public FaultSpec times(int times) { body.put("times", times); return this; }
        /**
         * For latency and drop: serve the request first (its effects happen, e.g. a send is queued), then delay
         * or drop the response — what a client sees when its call times out after the server acted.
         */
        public FaultSpec afterRequest() { body.put("after_request", true); return this; }
        /** Fires for each matching request with this probability (0 to 1). */
        public FaultSpec probability(double probability) { body.put("probability", probability); return this; }
    }

    /** An injected fault and how often it fired; {@code remaining} is null for an unlimited one. */
    public record Fault(long id, String kind, int fired, Integer remaining, JsonNode definition) {
    }

    public Fault addFault(FaultSpec spec) {
        return fault(transport.call("POST", "/faults", spec.body));
    }

    public List<Fault> faults() {
        List<Fault> list = new ArrayList<>();
        transport.call("GET", "/faults", null).forEach(n -> list.add(fault(n)));
        return list;
    }

    public void removeFault(long id) {
        transport.call("DELETE", "/faults/" + id, null);
    }

    public void clearFaults() {
        transport.call("DELETE", "/faults", null);
    }

    private static Fault fault(JsonNode n) {
        return new Fault(n.path("id").asLong(), n.path("kind").asText(), n.path("fired").asInt(),
                n.path("remaining").isNull() ? null : n.path("remaining").asInt(), n);
    }

    // rate limit, stats, logs -------------------------------------------------------------------

    /** The Public API's per-client limit in force. */
    public record RateLimit(boolean enabled, int perSecond, int burst) {
    }

    public RateLimit setRateLimit(boolean enabled, int perSecond, int burst) {
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("rate_limit").put("enabled", enabled).put("per_second", perSecond).put("burst", burst);
        return rateLimit(transport.call("PUT", "/settings", body));
    }

    /** Switches the limit on or off, keeping its numbers. */
    public RateLimit setRateLimitEnabled(boolean enabled) {
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("rate_limit").put("enabled", enabled);
        return rateLimit(transport.call("PUT", "/settings", body));
    }

    public RateLimit rateLimit() {
        return rateLimit(transport.call("GET", "/settings", null));
    }

    private static RateLimit rateLimit(JsonNode settings) {
        JsonNode r = settings.path("rate_limit");
        return new RateLimit(r.path("enabled").asBoolean(), r.path("per_second").asInt(), r.path("burst").asInt());
    }

    /** Traffic and delivery counters since the start or the last reset. */
    public record Stats(long requests, long tooManyRequests, long rateLimited, long faultsFired, long deliveriesOk,
                        long deliveriesFailed) {
    }

    public Stats stats() {
        JsonNode r = transport.call("GET", "/stats", null);
        return new Stats(r.path("requests").asLong(), r.path("too_many_requests").asLong(), r.path("rate_limited").asLong(),
                r.path("faults_fired").asLong(), r.path("deliveries").path("delivered").asLong(),
                r.path("deliveries").path("failed").asLong());
    }

    /** Requests and responses of the Public API that did not fit the vendor's spec. */
    public List<ContractViolation> contractViolations() {
        return violations(transport.call("GET", "/contract-violations", null));
    }
}
