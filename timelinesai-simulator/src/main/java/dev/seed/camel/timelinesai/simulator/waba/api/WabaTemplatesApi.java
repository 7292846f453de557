package dev.seed.camel.timelinesai.simulator.waba.api;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.QueryParams;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.waba.WabaTemplate;
import io.vertx.ext.web.Router;

/** {@code GET /waba/templates} (newest first, 50 a page) and {@code GET /waba/templates/{template_id}}. */
public final class WabaTemplatesApi implements RouteGroup {

    @Override
    public void register(Router router, SimulatorContext context) {
        WabaJson json = new WabaJson(context);
        router.get("/waba/templates").handler(ctx -> {
            WabaPaging paging = WabaPaging.of(new QueryParams(ctx));
            List<WabaTemplate> all = context.state().waba().templates();
            ObjectNode data = Json.object().put("has_more_pages", paging.hasMore(all));
            ArrayNode templates = data.putArray("templates");
            paging.items(all).forEach(t -> templates.add(json.template(t)));
            ApiResponses.ok(ctx, data);
        });
        router.get("/waba/templates/:template_id").handler(ctx ->
                ApiResponses.ok(ctx, json.templateDetail(WabaLookups.template(ctx, context.state().waba()))));
    }
}
