package dev.seed.camel.timelinesai.simulator.api;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.Timestamps;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;

/** {@code GET /whatsapp_accounts} and its {@code /v2} variant. */
public final class WhatsAppAccountsApi implements RouteGroup {

    @Override
    public void register(Router router, SimulatorContext context) {
        router.get("/whatsapp_accounts").handler(ctx -> ApiResponses.ok(ctx, list(context, false)));
        router.get("/v2/whatsapp_accounts").handler(ctx -> ApiResponses.ok(ctx, list(context, true)));
    }

    private static ObjectNode list(SimulatorContext context, boolean v2) {
        ObjectNode data = Json.object();
        ArrayNode items = data.putArray("whatsapp_accounts");
        for (WhatsAppAccount account : context.state().accounts()) {
            ObjectNode item = toJson(account, context.timestamps());
            if (v2) {
                item.put("is_visible", true);
            }
            items.add(item);
        }
        return data;
    }

    /** The {@code WhatsappAccountItem} shape, shared with the teammates endpoint. */
    public static ObjectNode toJson(WhatsAppAccount account, Timestamps timestamps) {
        return Json.object()
                .put("id", account.id())
                .put("phone", account.phone())
                .put("connected_on", timestamps.format(account.connectedOn()))
                .put("status", account.restStatus())
                .put("owner_name", account.ownerName())
                .put("owner_email", account.ownerEmail())
                .put("account_name", account.accountName());
    }
}
