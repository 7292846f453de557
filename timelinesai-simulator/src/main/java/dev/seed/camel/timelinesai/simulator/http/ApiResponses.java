package dev.seed.camel.timelinesai.simulator.http;

import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.contract.ContractCheck;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Writes the Public API's {@code {status, data}} envelope and its error body. */
public final class ApiResponses {

    private ApiResponses() {
    }

    /** 200 with {@code {"status":"ok","data":data}}. */
    public static void ok(RoutingContext ctx, JsonNode data) {
        ObjectNode body = Json.object().put("status", "ok");
        body.set("data", data);
        send(ctx, 200, body);
    }

    /** 200 with {@code {"status":"ok","message":message}} (the API's simple OK). */
    public static void okMessage(RoutingContext ctx, String message) {
        send(ctx, 200, Json.object().put("status", "ok").put("message", message));
    }

    /** 200 with {@code {"status":"ok"}}. */
    public static void okEmpty(RoutingContext ctx) {
        send(ctx, 200, Json.object().put("status", "ok"));
    }

    /** 200 with no body at all, as the spec declares for deletes and template usage tracking. */
    public static void okNoBody(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        if (FaultInjector.holdsResponse(ctx, () -> okNoBody(ctx))) {
            return;
        }
        ContractCheck check = ctx.get(ContractCheck.KEY);
        if (check != null) {
            check.response(ctx, 200, null, new byte[0]);
        }
        ctx.response().setStatusCode(200).end();
    }

    /** The error body for an {@link ApiException}. */
    public static ObjectNode errorBody(ApiException e) {
        ObjectNode body = Json.object().put("status", "error").put("message", e.getMessage());
        if (e.errorCode() != null) {
            body.put("error_code", e.errorCode());
        }
        if (!e.fieldErrors().isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            for (ApiException.FieldError fe : e.fieldErrors()) {
                ObjectNode item = errors.addObject();
                ArrayNode fields = item.putArray("fields");
                fe.fields().forEach(fields::add);
                item.put("msg", fe.msg());
            }
        }
        return body;
    }

    public static void error(RoutingContext ctx, ApiException e) {
        send(ctx, e.status(), errorBody(e));
    }

    /** Writes any JSON body with a status; no-op if the response is already written. */
    public static void send(RoutingContext ctx, int status, JsonNode body) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        if (FaultInjector.holdsResponse(ctx, () -> send(ctx, status, body))) {
            return;
        }
        writeJson(ctx, status, body, response -> { });
    }

    /**
     * Writes a JSON body with {@code status}, checked first by the request's contract check when one runs;
     * {@code headers} adds headers of the API at hand.
     */
    public static void writeJson(RoutingContext ctx, int status, JsonNode body, Consumer<HttpServerResponse> headers) {
        try {
            byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
            ContractCheck check = ctx.get(ContractCheck.KEY);
            if (check != null) {
                check.response(ctx, status, "application/json", bytes);
            }
            HttpServerResponse response = ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json");
            headers.accept(response);
            response.end(Buffer.buffer(bytes));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
