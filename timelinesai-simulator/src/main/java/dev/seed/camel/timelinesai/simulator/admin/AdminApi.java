package dev.seed.camel.timelinesai.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;
import dev.seed.camel.timelinesai.simulator.events.DeliveryAttempt;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.FaultRule;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.RateLimiter;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.state.Quota;
import dev.seed.camel.timelinesai.simulator.state.Workspace;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The simulator's control endpoints under {@code /__admin} (plain JSON, no auth): reset, faults, rate-limit
 * settings, quotas, the webhook delivery log, contract violations and traffic statistics.
 */
public final class AdminApi implements RouteGroup {
    private final TimelinesAiSimulator simulator;

    public AdminApi(TimelinesAiSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        router.post("/reset").handler(ctx -> {
            simulator.reset();
            ApiResponses.okEmpty(ctx);
        });
        router.post("/faults").handler(this::addFault);
        router.get("/faults").handler(ctx -> ApiResponses.send(ctx, 200, faults()));
        router.delete("/faults").handler(ctx -> {
            simulator.faults().clear();
            ApiResponses.okEmpty(ctx);
        });
        router.delete("/faults/:id").handler(this::removeFault);
        router.post("/quotas").handler(ctx -> setQuotas(ctx, context));
        router.get("/settings").handler(ctx -> ApiResponses.send(ctx, 200, settings()));
        router.put("/settings").handler(this::putSettings);
        router.get("/deliveries").handler(ctx -> deliveries(ctx));
        router.get("/contract-violations").handler(ctx -> ApiResponses.send(ctx, 200, violations()));
        router.get("/stats").handler(ctx -> ApiResponses.send(ctx, 200, stats()));
    }

    private void addFault(RoutingContext ctx) {
        JsonRequest body = JsonRequest.of(ctx);
        FaultRule rule = simulator.faults().add(id -> FaultRule.fromJson(id, body));
        ApiResponses.send(ctx, 200, rule.toJson());
    }

    private ArrayNode faults() {
        ArrayNode list = Json.array();
        simulator.faults().rules().forEach(r -> list.add(r.toJson()));
        return list;
    }

    private void removeFault(RoutingContext ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Fault \"" + ctx.pathParam("id") + "\" not found");
        }
        if (!simulator.faults().remove(id)) {
            throw ApiException.notFound("Fault \"" + id + "\" not found");
        }
        ApiResponses.okEmpty(ctx);
    }

    private void setQuotas(RoutingContext ctx, SimulatorContext context) {
        JsonRequest body = JsonRequest.of(ctx);
        Workspace workspace = context.state().workspace();
        Long messagingTotal = body.optionalLong("messaging_total", 0, Long.MAX_VALUE);
        Long messagingUsed = body.optionalLong("messaging_used", 0, Long.MAX_VALUE);
        Long apiTotal = body.optionalLong("api_calls_total", 0, Long.MAX_VALUE);
        Long apiUsed = body.optionalLong("api_calls_used", 0, Long.MAX_VALUE);
        apply(workspace.messagingQuota(), messagingTotal, messagingUsed);
        apply(workspace.apiCallsQuota(), apiTotal, apiUsed);
        ObjectNode result = Json.object();
        result.set("messaging_quota", quota(workspace.messagingQuota()));
        result.set("api_calls_quota", quota(workspace.apiCallsQuota()));
        ApiResponses.send(ctx, 200, result);
    }

    private static void apply(Quota quota, Long total, Long used) {
        if (total != null) {
            quota.setTotal(total);
        }
        if (used != null) {
            quota.setUsed(used);
        }
    }

    private static ObjectNode quota(Quota quota) {
        return Json.object().put("total", quota.total()).put("used", quota.used());
    }

    private ObjectNode settings() {
        RateLimiter.Settings s = simulator.rateLimiter().settings();
        ObjectNode node = Json.object();
        node.putObject("rate_limit").put("enabled", s.enabled()).put("per_second", s.perSecond()).put("burst", s.burst());
        return node;
    }

    private void putSettings(RoutingContext ctx) {
        JsonNode rateLimit = JsonRequest.of(ctx).node().get("rate_limit");
        if (rateLimit != null && !rateLimit.isNull()) {
            if (!rateLimit.isObject()) {
                throw ApiException.validation("rate_limit", "Not a valid object.");
            }
            JsonRequest limit = JsonRequest.parse(rateLimit.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            RateLimiter.Settings current = simulator.rateLimiter().settings();
            Boolean enabled = limit.optionalBoolean("enabled");
            Long perSecond = limit.optionalLong("per_second", 1, 1_000_000);
            Long burst = limit.optionalLong("burst", 0, 1_000_000);
            simulator.rateLimiter().configure(new RateLimiter.Settings(
                    enabled != null ? enabled : current.enabled(),
                    perSecond != null ? perSecond.intValue() : current.perSecond(),
                    burst != null ? burst.intValue() : current.burst()));
        }
        ApiResponses.send(ctx, 200, settings());
    }

    private void deliveries(RoutingContext ctx) {
        String eventType = ctx.queryParams().get("event_type");
        ArrayNode list = Json.array();
        for (DeliveryAttempt a : simulator.dispatcher().log().ofType(eventType)) {
            ObjectNode item = list.addObject()
                    .put("id", a.id())
                    .put("event_type", a.eventType())
                    .put("subscription_id", a.subscriptionId())
                    .put("url", a.url())
                    .put("attempt", a.attempt())
                    .put("status_code", a.statusCode())
                    .put("error", a.error())
                    .put("success", a.success())
                    .put("last_attempt", a.lastAttempt())
                    .put("started_at", a.startedAt().toString())
                    .put("finished_at", a.finishedAt().toString())
                    .put("duration_ms", a.finishedAt().toEpochMilli() - a.startedAt().toEpochMilli());
            item.set("payload", a.payload());
        }
        ApiResponses.send(ctx, 200, list);
    }

    private ArrayNode violations() {
        ArrayNode list = Json.array();
        for (ContractViolation v : simulator.contractViolations()) {
            list.addObject().put("direction", v.direction()).put("method", v.method()).put("path", v.path())
                    .put("status", v.status()).put("problem", v.problem());
        }
        return list;
    }

    private ObjectNode stats() {
        ObjectNode node = Json.object()
                .put("requests", simulator.traffic().requests())
                .put("too_many_requests", simulator.traffic().tooManyRequests())
                .put("rate_limited", simulator.rateLimiter().rejected())
                .put("faults_fired", simulator.faults().rules().stream().mapToLong(FaultRule::fired).sum());
        node.putObject("deliveries")
                .put("delivered", simulator.dispatcher().delivered())
                .put("failed", simulator.dispatcher().failed());
        return node;
    }
}
