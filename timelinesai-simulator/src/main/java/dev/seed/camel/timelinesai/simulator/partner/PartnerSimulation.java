package dev.seed.camel.timelinesai.simulator.partner;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.contract.ContractCheck;
import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;
import dev.seed.camel.timelinesai.simulator.contract.OpenApiContract;
import dev.seed.camel.timelinesai.simulator.events.WebhookDispatcher;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.state.Quota;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Partner half of the simulator: the Partner API under {@link #PREFIX}, the partner's workspaces (the seeded
 * Public API workspace among them), signed partner webhooks, and what the admin API needs to drive them.
 */
public final class PartnerSimulation {
    /** Path prefix of the Partner API, as on app.timelines.ai. */
    public static final String PREFIX = "/partner/api/v1";
    /** Path of the simulated QR onboarding page the issued links point to. */
    public static final String QR_PATH = "/qr/";
    /** Largest Partner API request body. */
    static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(PartnerSimulation.class);

    private final SimulatorContext context;
    private final PartnerSettings settings;
    private final PartnerWebhooks webhooks;
    private final PartnerDirectory directory;
    private final ContractCheck contractCheck;

    public PartnerSimulation(SimulatorContext context, WebhookDispatcher dispatcher) {
        this.context = context;
        this.settings = new PartnerSettings(context.options());
        this.webhooks = new PartnerWebhooks(context.state(), settings, dispatcher);
        this.directory = new PartnerDirectory(context.state(), context.options(), webhooks);
        this.contractCheck = context.options().specFolder()
                .map(specs -> new ContractCheck(OpenApiContract.partnerApi(specs, PREFIX), PREFIX))
                .orElse(null);
    }

    /** Mounts the Partner API and the QR page on the simulator's root router. */
    public void mount(Vertx vertx, Router root) {
        Router api = Router.router(vertx);
        api.route().handler(new PartnerAuthHandler(settings, context.state().clock()));
        api.route().handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
        if (contractCheck != null) {
            api.route().handler(contractCheck);
        }
        new PartnerApi(directory, context.state(), PREFIX, context.rootUrl() + QR_PATH).register(api);
        api.route().failureHandler(this::renderFailure);
        root.route(PREFIX + "/*").subRouter(api);
        root.get(QR_PATH + ":token").handler(this::qrPage);
    }

    private void renderFailure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof PartnerApiException e) {
            PartnerResponses.error(ctx, e);
        } else if (failure instanceof ApiException e) {
            PartnerResponses.error(ctx, new PartnerApiException(400, "invalid_request", e.getMessage()));
        } else if (ctx.statusCode() == 413) {
            PartnerResponses.error(ctx, new PartnerApiException(413, "request_entity_too_large",
                    "The request body is larger than " + MAX_BODY_BYTES + " bytes"));
        } else if (failure == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            PartnerResponses.error(ctx, new PartnerApiException(ctx.statusCode(), "invalid_request", "Bad request"));
        } else {
            LOG.error("Partner API failure on {} {}", ctx.request().method(), ctx.request().path(), failure);
            PartnerResponses.error(ctx, new PartnerApiException(500, "internal_error", "Internal server error"));
        }
    }

    /** The page a QR link opens: says whether the link can still be scanned (the admin API "scans" it). */
    private void qrPage(RoutingContext ctx) {
        String state = directory.qrLink(ctx.pathParam("token"))
                .map(ref -> ref.link().isActive(context.state().now()) ? "active" : ref.link().state() == QrLink.State.ACTIVE
                        ? "expired" : ref.link().state().name().toLowerCase(Locale.ROOT))
                .orElse("unknown");
        int status = "unknown".equals(state) ? 404 : 200;
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
                .end("<!DOCTYPE html><html><head><title>Connect WhatsApp | TimelinesAI simulator</title></head>"
                        + "<body><h1>Connect WhatsApp</h1><p id=\"qr-state\">" + state + "</p></body></html>");
    }

    /** Back to the seeded partner: settings from the options, the linked workspace, no links, empty logs. */
    public void reset() {
        settings.reset();
        directory.reset();
        webhooks.clear();
        if (contractCheck != null) {
            contractCheck.clear();
        }
    }

    /** What a simulated QR scan connected. */
    public record Connection(String workspaceId, long userId, long whatsappAccountId, String phone) {
    }

    /**
     * Simulates scanning a QR link with WhatsApp {@code phone}: connects the account to the link's user and
     * uses the link up. Unknown link → {@link NoSuchElementException}; revoked, used or expired link →
     * {@link IllegalStateException}; a number connected to another user → {@link IllegalArgumentException}.
     */
    public Connection connectQr(String linkOrToken, String phone, String accountName) {
        PartnerDirectory.QrLinkRef ref = directory.qrLink(linkOrToken)
                .orElseThrow(() -> new NoSuchElementException("QR link not found"));
        WhatsAppAccount account = ref.workspace().connect(ref.link(), phone, accountName);
        return new Connection(ref.workspace().workspaceId(), ref.link().userId(), ref.workspace().accountNumber(account),
                account.phone());
    }

    /**
     * Sets the use of a workspace's {@code messaging}, {@code api_calls} or {@code transactions} quota (to its
     * total when {@code used} is null: used up), firing the quota webhooks it crosses. Unknown workspace →
     * {@link NoSuchElementException}; unknown quota → {@link IllegalArgumentException}.
     */
    public Quota useQuota(String workspaceId, String quotaName, Long used) {
        PartnerWorkspace workspace = directory.find(workspaceId)
                .orElseThrow(() -> new NoSuchElementException("Workspace \"" + workspaceId + "\" not found"));
        Quota quota = switch (quotaName) {
            case "messaging" -> workspace.workspace().messagingQuota();
            case "api_calls" -> workspace.workspace().apiCallsQuota();
            case "transactions" -> workspace.transactions();
            default -> throw new IllegalArgumentException("quota must be one of: messaging, api_calls, transactions");
        };
        quota.setUsed(used == null ? quota.total() : used);
        return quota;
    }

    public PartnerSettings settings() { return settings; }

    public PartnerWebhooks webhooks() { return webhooks; }

    public PartnerDirectory directory() { return directory; }

    /** e.g. {@code http://127.0.0.1:41234/partner/api/v1}. */
    public String baseUrl() { return context.rootUrl() + PREFIX; }

    /** A fresh bearer JWT for the configured partner, valid 180 s either side of now. */
    public String bearerToken() {
        return PartnerJwt.sign(settings.partnerId(), settings.secret(), context.state().now());
    }

    /** What did not fit the Partner spec so far (empty when contract checking is off). */
    public List<ContractViolation> contractViolations() {
        return contractCheck == null ? List.of() : contractCheck.violations();
    }
}
