package dev.seed.camel.timelinesai.simulator.admin;

import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.partner.PartnerDelivery;
import dev.seed.camel.timelinesai.simulator.partner.PartnerSettings;
import dev.seed.camel.timelinesai.simulator.partner.PartnerSimulation;
import dev.seed.camel.timelinesai.simulator.state.Quota;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Admin endpoints of the Partner side under {@code /__admin/partner}: scan a QR link, use up quotas, change
 * the partner's id, secret and webhook URL, read the partner webhook deliveries and contract violations, and
 * get a ready-made bearer JWT.
 */
public final class AdminPartnerApi implements RouteGroup {
    private final PartnerSimulation partner;

    public AdminPartnerApi(PartnerSimulation partner) {
        this.partner = partner;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        router.post("/partner/qr/connect").handler(this::connect);
        router.post("/partner/quotas").handler(ctx -> useQuota(ctx, context.state()));
        router.get("/partner/settings").handler(ctx -> ApiResponses.send(ctx, 200, settings()));
        router.put("/partner/settings").handler(this::putSettings);
        router.get("/partner/deliveries").handler(this::deliveries);
        router.get("/partner/contract-violations").handler(ctx -> ApiResponses.send(ctx, 200, violations()));
        router.get("/partner/jwt").handler(ctx -> ApiResponses.send(ctx, 200,
                Json.object().put("token", partner.bearerToken()).put("partner_id", partner.settings().partnerId())));
    }

    private void connect(RoutingContext ctx) {
        JsonRequest body = JsonRequest.of(ctx);
        String link = body.optionalString("qr_link", 2048);
        String token = body.optionalString("token", 256);
        if ((link == null) == (token == null)) {
            throw ApiException.badRequest("Give exactly one of qr_link and token");
        }
        String phone = body.requiredString("phone", 40);
        String digits = SimulatorState.digits(phone);
        if (digits.length() < 7 || digits.length() > 15) {
            throw ApiException.validation("phone", "Not a valid phone number.");
        }
        String accountName = body.optionalString("account_name", 256);
        PartnerSimulation.Connection connection;
        try {
            connection = partner.connectQr(link != null ? link : token, phone, accountName);
        } catch (NoSuchElementException e) {
            throw ApiException.notFound(e.getMessage());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ApiException(409, "conflict", e.getMessage());
        }
        ApiResponses.send(ctx, 200, Json.object()
                .put("workspace_id", connection.workspaceId())
                .put("user_id", connection.userId())
                .put("whatsapp_account_id", connection.whatsappAccountId())
                .put("phone_number_e164", connection.phone()));
    }

    private void useQuota(RoutingContext ctx, SimulatorState state) {
        JsonRequest body = JsonRequest.of(ctx);
        String workspaceId = body.optionalString("workspace_id", 100);
        String quotaName = body.requiredString("quota", 40);
        Long used = body.optionalLong("used", 0, Long.MAX_VALUE);
        String target = workspaceId != null ? workspaceId : state.workspace().workspaceId();
        Quota quota;
        try {
            quota = partner.useQuota(target, quotaName, used);
        } catch (NoSuchElementException e) {
            throw ApiException.notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("quota", e.getMessage());
        }
        ApiResponses.send(ctx, 200, Json.object().put("workspace_id", target).put("quota", quotaName)
                .put("total", quota.total()).put("used", quota.used()));
    }

    private ObjectNode settings() {
        PartnerSettings settings = partner.settings();
        return Json.object().put("partner_id", settings.partnerId()).put("webhook_url", settings.webhookUrl())
                .put("partner_secret_set", true);
    }

    private void putSettings(RoutingContext ctx) {
        JsonRequest body = JsonRequest.of(ctx);
        String partnerId = body.optionalString("partner_id", 200);
        String secret = body.optionalString("partner_secret", 1024);
        String webhookUrl = body.optionalString("webhook_url", 2048);
        PartnerSettings settings = partner.settings();
        try {
            if (body.has("webhook_url")) {
                settings.setWebhookUrl(webhookUrl);
            }
            if (partnerId != null) {
                settings.setPartnerId(partnerId);
            }
            if (secret != null) {
                settings.setSecret(secret);
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ApiResponses.send(ctx, 200, settings());
    }

    private void deliveries(RoutingContext ctx) {
        ArrayNode list = Json.array();
        for (PartnerDelivery d : partner.webhooks().deliveries(ctx.queryParams().get("event_type"))) {
            ObjectNode item = list.addObject()
                    .put("id", d.id())
                    .put("event_type", d.eventType())
                    .put("workspace_id", d.workspaceId())
                    .put("url", d.url())
                    .put("attempt", d.attempt())
                    .put("status_code", d.statusCode())
                    .put("error", d.error())
                    .put("success", d.success())
                    .put("last_attempt", d.lastAttempt())
                    .put("started_at", d.startedAt().toString())
                    .put("finished_at", d.finishedAt().toString());
            item.set("payload", d.payload());
        }
        ApiResponses.send(ctx, 200, list);
    }

    private ArrayNode violations() {
        ArrayNode list = Json.array();
        for (ContractViolation v : partner.contractViolations()) {
            list.addObject().put("direction", v.direction()).put("method", v.method()).put("path", v.path())
                    .put("status", v.status()).put("problem", v.problem());
        }
        return list;
    }
}
