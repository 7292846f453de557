package dev.seed.camel.timelinesai.simulator.waba.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.waba.WabaAccount;
import dev.seed.camel.timelinesai.simulator.waba.WabaAnalytics;
import dev.seed.camel.timelinesai.simulator.waba.WabaState;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /waba/accounts}, {@code GET /waba/accounts/{account_id}} (with the WABA profile) and the
 * asynchronous analytics pair: {@code POST …/analytics} answers 202 with a handle, {@code GET
 * …/analytics/{handle_id}} polls it (the handle is workspace-scoped; the path's account id is not checked).
 */
public final class WabaAccountsApi implements RouteGroup {
    private static final Set<String> REQUEST_FIELDS = Set.of("start", "end", "dimensions");
    private static final List<String> DIMENSIONS = List.of("COUNTRY", "PRICING_CATEGORY", "PRICING_TYPE");
    private final WabaAnalytics analytics;

    public WabaAccountsApi(WabaAnalytics analytics) {
        this.analytics = analytics;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        WabaJson json = new WabaJson(context);
        WabaState waba = context.state().waba();
        router.get("/waba/accounts").handler(ctx -> {
            ObjectNode data = Json.object();
            ArrayNode list = data.putArray("waba_accounts");
            waba.accounts().forEach(a -> list.add(json.account(a)));
            ApiResponses.ok(ctx, data);
        });
        router.get("/waba/accounts/:account_id").handler(ctx ->
                ApiResponses.ok(ctx, json.accountDetail(WabaLookups.account(ctx, waba))));
        router.post("/waba/accounts/:account_id/analytics").handler(ctx -> request(ctx, waba, context.state().now()));
        router.get("/waba/accounts/:account_id/analytics/:handle_id").handler(this::poll);
    }

    private void request(RoutingContext ctx, WabaState waba, Instant now) {
        WabaAccount account = WabaLookups.account(ctx, waba);
        JsonRequest body = JsonRequest.of(ctx);
        body.node().fieldNames().forEachRemaining(field -> {
            if (!REQUEST_FIELDS.contains(field)) {
                throw ApiException.validation(field, "Unknown field.");
            }
        });
        Long start = body.optionalLong("start", 0, Long.MAX_VALUE / 2);
        Long end = body.optionalLong("end", 0, Long.MAX_VALUE / 2);
        if (start == null) {
            throw ApiException.validation("start", "Missing data for required field.");
        }
        if (end == null) {
            throw ApiException.validation("end", "Missing data for required field.");
        }
        if (start > end) {
            throw ApiException.validation("start", "Must not be after end.");
        }
        if (start > now.getEpochSecond()) {
            throw ApiException.validation("start", "Must not be in the future.");
        }
        List<String> dimensions = dimensions(body.optionalString("dimensions", 256));
        WabaAnalytics.Job job = analytics.request(account, start, end, dimensions);
        ObjectNode envelope = Json.object().put("status", "ok");
        envelope.set("data", job.toJson());
        ApiResponses.send(ctx, 202, envelope);
    }

    /** The requested breakdown, normalised to the canonical order; unknown names are refused. */
    private static List<String> dimensions(String raw) {
        List<String> wanted = new ArrayList<>();
        if (raw != null) {
            for (String part : raw.split(",")) {
                String name = part.trim();
                if (name.isEmpty()) {
                    continue;
                }
                if (!DIMENSIONS.contains(name)) {
                    throw ApiException.validation("dimensions", "Must be a comma-separated subset of "
                            + String.join(", ", DIMENSIONS) + ".");
                }
                wanted.add(name);
            }
        }
        return DIMENSIONS.stream().filter(wanted::contains).toList();
    }

    private void poll(RoutingContext ctx) {
        String handle = ctx.pathParam("handle_id");
        WabaAnalytics.Job job = analytics.find(handle);
        if (job == null) {
            throw ApiException.notFound("Analytics handle \"" + handle + "\" not found");
        }
        ApiResponses.ok(ctx, job.toJson());
    }
}
