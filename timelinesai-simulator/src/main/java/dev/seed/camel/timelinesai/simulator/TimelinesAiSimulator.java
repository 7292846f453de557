package dev.seed.camel.timelinesai.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.seed.camel.timelinesai.simulator.admin.AdminApi;
import dev.seed.camel.timelinesai.simulator.admin.AdminEventsApi;
import dev.seed.camel.timelinesai.simulator.admin.AdminUiActionsApi;
import dev.seed.camel.timelinesai.simulator.api.FilesApi;
import dev.seed.camel.timelinesai.simulator.api.TeammatesApi;
import dev.seed.camel.timelinesai.simulator.api.TemplatesApi;
import dev.seed.camel.timelinesai.simulator.api.WebhooksApi;
import dev.seed.camel.timelinesai.simulator.admin.AdminMessagingApi;
import dev.seed.camel.timelinesai.simulator.api.ChatMessagesApi;
import dev.seed.camel.timelinesai.simulator.api.ChatsApi;
import dev.seed.camel.timelinesai.simulator.api.FileSendApi;
import dev.seed.camel.timelinesai.simulator.api.LabelsApi;
import dev.seed.camel.timelinesai.simulator.api.MessagesApi;
import dev.seed.camel.timelinesai.simulator.api.NotesApi;
import dev.seed.camel.timelinesai.simulator.api.ReactionsApi;
import dev.seed.camel.timelinesai.simulator.api.SendApi;
import dev.seed.camel.timelinesai.simulator.api.WhatsAppAccountsApi;
import dev.seed.camel.timelinesai.simulator.api.WorkspaceApi;
import dev.seed.camel.timelinesai.simulator.contract.ContractCheck;
import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;
import dev.seed.camel.timelinesai.simulator.contract.OpenApiContract;
import dev.seed.camel.timelinesai.simulator.files.FileDownloadRoute;
import dev.seed.camel.timelinesai.simulator.http.ErrorPages;
import dev.seed.camel.timelinesai.simulator.events.WebhookDispatcher;
import dev.seed.camel.timelinesai.simulator.events.WebhookEvents;
import dev.seed.camel.timelinesai.simulator.files.TemporaryFileLinks;
import dev.seed.camel.timelinesai.simulator.http.AuthHandler;
import dev.seed.camel.timelinesai.simulator.http.FaultInjector;
import dev.seed.camel.timelinesai.simulator.http.RateLimiter;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.http.TrafficStats;
import dev.seed.camel.timelinesai.simulator.messaging.Messaging;
import dev.seed.camel.timelinesai.simulator.partner.PartnerSimulation;
import dev.seed.camel.timelinesai.simulator.admin.AdminPartnerApi;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.waba.WabaSimulation;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TimelinesAI on localhost: the Public API with its real semantics, webhook delivery, faults and an admin
 * API, on an embedded Vert.x server. Start it with {@link #start(SimulatorOptions)}; close it when done.
 */
public final class TimelinesAiSimulator implements AutoCloseable {
    /** Path prefix of the Public API, as on app.timelines.ai. */
    public static final String PUBLIC_API_PREFIX = "/integrations/api";
    /** Path prefix of the simulator's own admin API, outside every vendor path. */
    public static final String ADMIN_PREFIX = "/__admin";
    /** Largest request body the server reads (documents may be 100 MB). */
    public static final long MAX_BODY_BYTES = 101L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(TimelinesAiSimulator.class);

    private final SimulatorOptions options;
    private final Vertx vertx;
    private final SimulatorState state;
    private final ContractCheck contractCheck;
    private final TrafficStats traffic = new TrafficStats();
    private final FaultInjector faults;
    private final RateLimiter rateLimiter;
    private HttpServer server;
    private SimulatorContext context;
    private WebhookDispatcher dispatcher;
    private SimulatorAdminClient admin;
    private Messaging messaging;
    private PartnerSimulation partner;
    private WabaSimulation waba;

    private TimelinesAiSimulator(SimulatorOptions options) {
        this.options = options;
        this.vertx = Vertx.vertx();
        this.state = new SimulatorState(Clock.systemUTC());
        this.contractCheck = options.specFolder()
                .map(specs -> new ContractCheck(OpenApiContract.publicApi(specs, PUBLIC_API_PREFIX), PUBLIC_API_PREFIX))
                .orElse(null);
        this.faults = new FaultInjector(vertx, PUBLIC_API_PREFIX);
        this.rateLimiter = new RateLimiter(defaultRateLimit(options));
    }

    private static RateLimiter.Settings defaultRateLimit(SimulatorOptions options) {
        return new RateLimiter.Settings(options.rateLimitEnabled(), options.rateLimitPerSecond(), options.rateLimitBurst());
    }

    /** Starts a simulator and waits until it listens. */
    public static TimelinesAiSimulator start(SimulatorOptions options) {
        TimelinesAiSimulator simulator = new TimelinesAiSimulator(options);
        try {
            simulator.listen();
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        return simulator;
    }

    private void listen() {
        Context vertxContext = vertx.getOrCreateContext();
        CompletableFuture<HttpServer> started = new CompletableFuture<>();
        vertxContext.runOnContext(v -> {
            Router root = Router.router(vertx);
            server = vertx.createHttpServer(new HttpServerOptions().setHost(options.host()).setPort(options.port())
                    .setCompressionSupported(true)
                    // no h2c upgrade: the JDK client's default upgrade hangs on larger responses (and the real
                    // service does not speak cleartext HTTP/2 either)
                    .setHttp2ClearTextEnabled(false));
            server.requestHandler(root).listen().onComplete(ar -> {
                if (ar.succeeded()) {
                    String rootUrl = "http://" + options.host() + ":" + ar.result().actualPort();
                    context = new SimulatorContext(state, options, new Timestamps(options.zone()), vertx, rootUrl);
                    dispatcher = new WebhookDispatcher(vertx, state, options);
                    state.setEvents(new WebhookEvents(state, context.timestamps(), dispatcher,
                            TemporaryFileLinks.of(context)::issue));
                    mount(root);
                    started.complete(ar.result());
                } else {
                    started.completeExceptionally(ar.cause());
                }
            });
        });
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the simulator", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The simulator could not listen on " + options.host() + ":" + options.port(), e);
        }
        Seeder.reset(state, options);
        partner.reset();
        admin = new SimulatorAdminClient(context.rootUrl());
        LOG.info("TimelinesAI simulator listening on {}", context.rootUrl());
        LOG.info(options.contractCheckSummary());
    }

    private void mount(Router root) {
        messaging = new Messaging(context);
        waba = new WabaSimulation(context, dispatcher, messaging);
        partner = new PartnerSimulation(context, dispatcher);
        partner.mount(vertx, root);
        Router api = Router.router(vertx);
        api.route().handler(traffic);
        api.route().handler(faults);
        api.route().handler(rateLimiter);
        api.route().handler(ErrorPages::refuseTrailingSlash);
        api.route().handler(new AuthHandler(state));
        api.route().handler(bodyHandler());
        if (contractCheck != null) {
            api.route().handler(contractCheck);
        }
        for (RouteGroup group : publicApiGroups()) {
            group.register(api, context);
        }
        api.route().failureHandler(ErrorPages::renderFailure);
        root.route(PUBLIC_API_PREFIX + "/*").subRouter(api);

        Router admin = Router.router(vertx);
        admin.route().handler(bodyHandler());
        for (RouteGroup group : adminGroups()) {
            group.register(admin, context);
        }
        admin.route().failureHandler(ErrorPages::renderFailure);
        root.route(ADMIN_PREFIX + "/*").subRouter(admin);
        root.get(FileDownloadRoute.PATH).handler(new FileDownloadRoute(context));
        root.errorHandler(404, ErrorPages::notFoundPage);
        root.errorHandler(405, ErrorPages::methodNotAllowed);
    }

    /** The Public API endpoint families. */
    private List<RouteGroup> publicApiGroups() {
        List<RouteGroup> groups = new ArrayList<>(List.of(new WhatsAppAccountsApi(),
                new FilesApi(),
                new WorkspaceApi(),
                new TeammatesApi(),
                new WebhooksApi(),
                new TemplatesApi(),

                new ChatsApi(messaging), new ChatMessagesApi(messaging), new MessagesApi(messaging),
                new SendApi(messaging.outbox()), new FileSendApi(messaging.outbox()), new NotesApi(messaging),
                new LabelsApi(), new ReactionsApi()));
        groups.addAll(waba.publicApiGroups());
        return groups;
    }

    /** The simulator's own admin endpoints, under {@link #ADMIN_PREFIX}. */
    private List<RouteGroup> adminGroups() {
        return List.of(new AdminApi(this), new AdminEventsApi(), new AdminMessagingApi(messaging),
                new AdminPartnerApi(partner), waba.adminGroup(),
                new AdminUiActionsApi(this));
    }

    private static BodyHandler bodyHandler() {
        return BodyHandler.create(System.getProperty("java.io.tmpdir") + "/timelinesai-simulator-uploads")
                .setBodyLimit(MAX_BODY_BYTES).setDeleteUploadedFilesOnEnd(true);
    }

    public SimulatorOptions options() { return options; }

    /** The workspace the simulator holds; tests may read it directly. */
    public SimulatorState state() { return state; }

    public SimulatorContext context() { return context; }

    /** The send pipeline and the other messaging state kept beside the workspace. */
    public Messaging messaging() { return messaging; }

    /** e.g. {@code http://127.0.0.1:41234}. */
    public String rootUrl() { return context.rootUrl(); }

    /** The Public API base URL to configure a client with, e.g. {@code http://127.0.0.1:41234/integrations/api}. */
    public String baseUrl() { return context.publicApiUrl(); }

    /** The seeded workspace's API token. */
    public String token() { return options.token(); }

    public int port() { return server.actualPort(); }

    /** What did not fit the vendor's spec so far (empty when contract checking is off). */
    public List<ContractViolation> contractViolations() {
        return contractCheck == null ? List.of() : contractCheck.violations();
    }

    /** Back to the seeded workspace: all state, tokens, recorded violations, faults and logs are dropped. */
    public void reset() {
        messaging.reset();
        waba.reset();
        Seeder.reset(state, options);
        partner.reset();
        if (contractCheck != null) {
            contractCheck.clear();
        }
        faults.clear();
        rateLimiter.configure(defaultRateLimit(options));
        rateLimiter.clear();
        traffic.clear();
        dispatcher.clear();
    }

    /** The WhatsApp Business Platform half: its send pipeline, analytics and events. */
    public WabaSimulation waba() { return waba; }

    /** The Partner API half: its settings, workspaces, webhooks and contract violations. */
    public PartnerSimulation partner() { return partner; }

    /** A typed client of the admin API ({@code /__admin}) of this simulator. */
    public SimulatorAdminClient admin() { return admin; }

    /** The injected faults of the Public API. */
    public FaultInjector faults() { return faults; }

    /** The Public API's per-client rate limit. */
    public RateLimiter rateLimiter() { return rateLimiter; }

    /** Webhook delivery and its log. */
    public WebhookDispatcher dispatcher() { return dispatcher; }

    /** Counts of Public API requests and 429 answers. */
    public TrafficStats traffic() { return traffic; }

    @Override
    public void close() {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        vertx.close().onComplete(ar -> closed.complete(null));
        try {
            closed.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Simulator did not stop cleanly", e);
        }
    }
}
