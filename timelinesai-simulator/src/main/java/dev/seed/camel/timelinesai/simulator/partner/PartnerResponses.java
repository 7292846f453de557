package dev.seed.camel.timelinesai.simulator.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import io.vertx.ext.web.RoutingContext;

/** Writes Partner API answers: plain JSON objects (no envelope), {@code X-TL-API-Version: v1}, the partner error shape. */
public final class PartnerResponses {
    /** The version header every Partner API answer carries. */
    public static final String VERSION_HEADER = "X-TL-API-Version";
    public static final String VERSION = "v1";

    private PartnerResponses() {
    }

    /** {@code {error, status, description}}. */
    public static ObjectNode errorBody(PartnerApiException e) {
        return Json.object().put("error", e.error()).put("status", e.status()).put("description", e.getMessage());
    }

    public static void error(RoutingContext ctx, PartnerApiException e) {
        send(ctx, e.status(), errorBody(e));
    }

    /** Writes {@code body} with {@code status}, checked against the Partner spec when a contract check runs. */
    public static void send(RoutingContext ctx, int status, JsonNode body) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ApiResponses.writeJson(ctx, status, body, response -> response.putHeader(VERSION_HEADER, VERSION));
    }
}
