package dev.seed.camel.timelinesai.simulator.partner;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.Timestamps;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.Teammate;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The eight Partner API endpoints (P1–P8): create, read and update workspaces, create users, issue QR links,
 * disconnect WhatsApp, get and rotate the Public API token. Paths are relative to {@code /partner/api/v1}.
 */
final class PartnerApi {
    static final int DISPLAY_NAME_MAX = 100;
    static final int SEATS_MAX = 999;
    static final int USERS_PER_CALL_MAX = 99;
    static final int QR_HOURS_MAX = 168;
    static final int QR_HOURS_DEFAULT = 24;
    /** Paths of the API, for telling 405 (known path, other method) from 404. */
    private static final List<Pattern> KNOWN_PATHS = List.of(
            Pattern.compile("/workspaces/?"),
            Pattern.compile("/workspaces/[^/]+/?"),
            Pattern.compile("/workspaces/[^/]+/users/?"),
            Pattern.compile("/workspaces/[^/]+/users/[^/]+/qr/?"),
            Pattern.compile("/workspaces/[^/]+/users/[^/]+/whatsapp/disconnect/?"),
            Pattern.compile("/workspaces/[^/]+/api-token/?"));

    private final PartnerDirectory directory;
    private final SimulatorState state;
    private final String prefix;
    private final String qrLinkBase;

    PartnerApi(PartnerDirectory directory, SimulatorState state, String prefix, String qrLinkBase) {
        this.directory = directory;
        this.state = state;
        this.prefix = prefix;
        this.qrLinkBase = qrLinkBase;
    }

    void register(Router router) {
        router.post("/workspaces").handler(this::createWorkspace);
        router.get("/workspaces/:workspace_id").handler(this::getWorkspace);
        router.patch("/workspaces/:workspace_id").handler(this::updateWorkspace);
        router.post("/workspaces/:workspace_id/users").handler(this::createUsers);
        router.post("/workspaces/:workspace_id/users/:user_id/qr").handler(this::issueQr);
        router.post("/workspaces/:workspace_id/users/:user_id/whatsapp/disconnect").handler(this::disconnect);
        router.get("/workspaces/:workspace_id/api-token").handler(this::getToken);
        router.post("/workspaces/:workspace_id/api-token").handler(this::rotateToken);
        router.route().handler(this::unmatched);
    }

    /** P1. */
    private void createWorkspace(RoutingContext ctx) {
        JsonRequest body = JsonRequest.of(ctx);
        String displayName = body.requiredString("display_name", DISPLAY_NAME_MAX);
        int seats = requiredInt(body, "seats_purchased", 1, SEATS_MAX);
        PartnerWorkspace workspace = directory.create(displayName.strip(), seats);
        PartnerResponses.send(ctx, 201, PartnerJson.workspace(workspace, List.of()));
    }

    /** P2. */
    private void getWorkspace(RoutingContext ctx) {
        PartnerWorkspace workspace = directory.manageable(ctx.pathParam("workspace_id"), true);
        PartnerResponses.send(ctx, 200, PartnerJson.extended(workspace));
    }

    /** P3. */
    private void updateWorkspace(RoutingContext ctx) {
        PartnerWorkspace workspace = directory.manageable(ctx.pathParam("workspace_id"), false);
        JsonRequest body = JsonRequest.of(ctx);
        String displayName = body.optionalString("display_name", DISPLAY_NAME_MAX);
        if (displayName != null && displayName.isBlank()) {
            throw PartnerApiException.invalidRequest("display_name: Field may not be blank.");
        }
        Long seats = body.optionalLong("seats_purchased", 1, SEATS_MAX);
        List<PartnerWorkspace.SuspendedMember> suspended = workspace.update(
                displayName == null ? null : displayName.strip(), seats == null ? null : seats.intValue());
        PartnerResponses.send(ctx, 200, PartnerJson.workspace(workspace, suspended));
    }

    /** P4. */
    private void createUsers(RoutingContext ctx) {
        PartnerWorkspace workspace = directory.manageable(ctx.pathParam("workspace_id"), false);
        int count = requiredInt(JsonRequest.of(ctx), "count", 1, USERS_PER_CALL_MAX);
        List<Teammate> created = workspace.addAgents(count);
        ObjectNode response = Json.object()
                .put("workspace_id", workspace.workspaceId())
                .put("seats_total", workspace.workspace().seats().total())
                .put("seats_available", workspace.workspace().seats().remaining());
        ArrayNode users = response.putArray("users");
        created.forEach(u -> users.add(PartnerJson.user(u)));
        PartnerResponses.send(ctx, 201, response);
    }

    /** P5. */
    private void issueQr(RoutingContext ctx) {
        PartnerWorkspace workspace = directory.manageable(ctx.pathParam("workspace_id"), false);
        Teammate user = activeUser(workspace, ctx.pathParam("user_id"));
        Long hours = JsonRequest.of(ctx).optionalLong("expires_in_hours", 1, QR_HOURS_MAX);
        PartnerWorkspace.QrIssued issued = workspace.issueQr(user,
                Duration.ofHours(hours == null ? QR_HOURS_DEFAULT : hours), token -> qrLinkBase + token,
                link -> directory.register(workspace, link));
        PartnerResponses.send(ctx, 200, Json.object()
                .put("workspace_id", workspace.workspaceId())
                .put("user_id", user.userId())
                .put("qr_link", issued.link().url())
                .put("expires_at", Timestamps.iso(issued.link().expiresAt()))
                .put("whatsapp_disconnected", issued.whatsappDisconnected())
                .put("previous_qr_revoked", issued.previousRevoked()));
    }

    /** P6: idempotent, {@code disconnected:false} when nothing was connected. */
    private void disconnect(RoutingContext ctx) {
        PartnerWorkspace workspace = directory.manageable(ctx.pathParam("workspace_id"), false);
        Teammate user = user(workspace, ctx.pathParam("user_id"));
        Optional<WhatsAppAccount> disconnected = workspace.disconnect(user.userId(), "disconnected via Partner API");
        ObjectNode response = Json.object()
                .put("workspace_id", workspace.workspaceId())
                .put("user_id", user.userId())
                .put("disconnected", disconnected.isPresent());
        if (disconnected.isPresent()) {
            WhatsAppAccount account = disconnected.get();
            response.put("disconnected_at", Timestamps.iso(account.disconnectedOn()))
                    .put("whatsapp_account_id", workspace.accountNumber(account))
                    .put("phone_number", account.phone())
                    .put("description", "WhatsApp account disconnected");
        } else {
            response.put("description", "The user has no connected WhatsApp account");
        }
        PartnerResponses.send(ctx, 200, response);
    }

    /** P7: get or create. */
    private void getToken(RoutingContext ctx) {
        PartnerWorkspace workspace = directory.manageable(ctx.pathParam("workspace_id"), false);
        ObjectNode response = Json.object()
                .put("workspace_id", workspace.workspaceId())
                .put("token", workspace.apiToken().orCreate(state));
        if (workspace.apiToken().rotatedAt() != null) {
            response.put("rotated_at", Timestamps.iso(workspace.apiToken().rotatedAt()));
        }
        PartnerResponses.send(ctx, 200, response);
    }

    /** P8: rotate, the previous token refused at once. */
    private void rotateToken(RoutingContext ctx) {
        PartnerWorkspace workspace = directory.manageable(ctx.pathParam("workspace_id"), false);
        WorkspaceApiToken.Rotation rotation = workspace.apiToken().rotate(state);
        PartnerResponses.send(ctx, 201, Json.object()
                .put("workspace_id", workspace.workspaceId())
                .put("token", rotation.token())
                .put("rotated_at", Timestamps.iso(rotation.rotatedAt())));
    }

    private void unmatched(RoutingContext ctx) {
        String path = ctx.request().path().substring(prefix.length());
        if (KNOWN_PATHS.stream().anyMatch(p -> p.matcher(path).matches())) {
            throw new PartnerApiException(405, "method_not_allowed",
                    "Method " + ctx.request().method().name() + " is not allowed on " + path);
        }
        throw new PartnerApiException(404, "not_found", "No Partner API endpoint at " + path);
    }

    private static Teammate user(PartnerWorkspace workspace, String userIdText) {
        long userId;
        try {
            userId = Long.parseLong(userIdText);
        } catch (NumberFormatException e) {
            throw PartnerApiException.userNotFound(workspace.workspaceId(), userIdText);
        }
        return workspace.user(userId)
                .orElseThrow(() -> PartnerApiException.userNotFound(workspace.workspaceId(), userIdText));
    }

    private static Teammate activeUser(PartnerWorkspace workspace, String userIdText) {
        Teammate user = user(workspace, userIdText);
        if (!PartnerWorkspace.STATUS_ACTIVE.equalsIgnoreCase(user.status())) {
            throw new PartnerApiException(403, "user_not_active",
                    "User \"" + user.userId() + "\" is " + user.status().toLowerCase(Locale.ROOT));
        }
        return user;
    }

    private static int requiredInt(JsonRequest body, String field, int min, int max) {
        Long value = body.optionalLong(field, min, max);
        if (value == null) {
            throw ApiException.validation(field, "Missing data for required field.");
        }
        return value.intValue();
    }
}
