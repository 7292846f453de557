package dev.seed.camel.examples.helpdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import dev.seed.camel.timelinesai.TimelinesAiPacedSendRouteTemplate;
import dev.seed.camel.timelinesai.model.WorkspaceInfo;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The help desk on Camel Main: binds the database and the classifier, adds the inbound, answer and broadcast routes,
 * points the {@code timelinesai} component at the real service or the embedded simulator, and (simulated)
 * plays the demo scenario; prints the summary before it stops.
 */
public final class HelpdeskApplication {
    static final Logger PROGRESS = LoggerFactory.getLogger("helpdesk");
    private static final Duration DEMO_TIMEOUT = Duration.ofMinutes(3);

    private final HelpdeskSettings settings;
    private final EmbeddedTimelinesAi embedded;
    private final AtomicReference<HelpdeskSummary> summary = new AtomicReference<>();
    private final AtomicBoolean demoCompleted = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicLong creditsAtStart = new AtomicLong();
    private DataSource db;
    private Main main;

    /** {@code embedded}: the simulator to run against when the settings say simulated; null for the real service. */
    public HelpdeskApplication(HelpdeskSettings settings, EmbeddedTimelinesAi embedded) {
        if (settings.simulated() && embedded == null) {
            throw new IllegalArgumentException("Simulated settings need the embedded simulator");
        }
        this.settings = embedded == null ? settings
                : settings.withSimulator(embedded.simulator().baseUrl(), embedded.simulator().token())
                        .withBroadcastDir(settings.broadcastDir() != null ? settings.broadcastDir() : tempDir());
        this.embedded = embedded;
    }

    /** Runs until the demo is done (simulated, no duration), the duration elapsed, or the JVM is stopped. */
    public void run() throws Exception {
        db = HelpdeskDatabase.open(settings.databaseUrl());
        main = new Main();
        main.bind("helpdeskDb", db);
        main.configure().addRoutesBuilder(new InboundRoutes(eventsUri()));
        main.configure().addRoutesBuilder(new AnswerRoutes());
        main.configure().addRoutesBuilder(new TimelinesAiPacedSendRouteTemplate());
        main.configure().addRoutesBuilder(new BroadcastRoutes(settings.broadcastDir().toAbsolutePath().toString()));
        main.addOverrideProperty("camel.component.timelinesai.token", settings.token());
        main.addOverrideProperty("camel.component.timelinesai.baseUrl", settings.baseUrl());
        main.addOverrideProperty("camel.server.enabled", "true");
        main.addOverrideProperty("camel.server.host", settings.simulated() ? "127.0.0.1" : "0.0.0.0");
        main.addOverrideProperty("camel.server.port", String.valueOf(settings.httpPort()));
        if (settings.simulated()) {
            // the simulator sends 300 ms apart per account: pace and track the broadcast to match
            main.addOverrideProperty("helpdesk.broadcast.interval", "400");
            main.addOverrideProperty("helpdesk.broadcast.pollInterval", "500");
            main.addOverrideProperty("helpdesk.broadcast.awaitTimeout", "60s");
            main.addOverrideProperty("helpdesk.answers.delay", "250");
        }
        if (settings.runsForDuration()) {
            main.addOverrideProperty("camel.main.durationMaxSeconds", String.valueOf(settings.duration().toSeconds()));
        }
        main.addMainListener(new Lifecycle());
        PROGRESS.info("WhatsApp help desk starting against {} ({} mode), database {}, broadcast folder {}",
                settings.simulated() ? "the embedded TimelinesAI simulator" : settings.baseUrl(),
                settings.webhookMode() ? "webhook" : "poll", settings.databaseUrl(), settings.broadcastDir());
        main.run();
        HelpdeskSummary result = summary.get();
        if (result != null) {
            System.out.println(result.report());
        }
        if (settings.simulated() && !demoCompleted.get()) {
            throw new IllegalStateException("The demo did not finish within " + DEMO_TIMEOUT
                    + ": not every customer message was answered or not every broadcast message was tracked");
        }
    }

    /** Whether the routes are running. */
    public boolean isStarted() {
        return started.get();
    }

    /** Stops a running application (as Ctrl-C would); {@link #run()} then prints the summary and returns. */
    public void stop() {
        if (main != null) {
            main.completed();
        }
    }

    /** The summary taken just before the routes stopped (null before). */
    public HelpdeskSummary summary() {
        return summary.get();
    }

    public DataSource database() {
        return db;
    }

    private String eventsUri() {
        String uri = "timelinesai:events?eventTypes=message:received:new";
        if (settings.webhookMode()) {
            // WhatsApp Business Platform messages arrive by webhook only (polling cannot observe them)
            return uri + ",waba:message:received&webhookExternalUrl=RAW(" + settings.webhookExternalUrl() + ")"
                    + "&acknowledge=afterHandover&handoverUri=seda:whatsapp-in";
        }
        return uri + "&mode=poll&pollDelay={{helpdesk.poll.delay}}&pollStateFile={{helpdesk.poll.stateFile}}";
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("helpdesk-broadcast");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long creditsUsed(CamelContext context) {
        WorkspaceInfo workspace = context.createProducerTemplate()
                .requestBody("timelinesai:workspace/get", null, WorkspaceInfo.class);
        return workspace.messagingQuota().used();
    }

    /** Binds the classifier from the properties, records the credits at start, plays the demo, takes the summary. */
    private final class Lifecycle extends MainListenerSupport {
        @Override
        public void afterConfigure(BaseMainSupport main) {
            CamelContext context = main.getCamelContext();
            context.getRegistry().bind("classifier", new Classifier(Map.of(
                    "billing", property(context, "helpdesk.assignee.billing"),
                    "technical", property(context, "helpdesk.assignee.technical"),
                    "delivery", property(context, "helpdesk.assignee.delivery")),
                    property(context, "helpdesk.assignee.default")));
        }

        @Override
        public void afterStart(BaseMainSupport main) {
            creditsAtStart.set(creditsUsed(main.getCamelContext()));
            started.set(true);
            PROGRESS.info("Routes started; listening for WhatsApp messages, watching {} for customer CSVs",
                    settings.broadcastDir());
            if (embedded != null) {
                Thread demo = new Thread(this::playDemo, "helpdesk-demo");
                demo.setDaemon(true);
                demo.start();
            }
        }

        @Override
        public void beforeStop(BaseMainSupport main) {
            long used = creditsUsed(main.getCamelContext()) - creditsAtStart.get();
            summary.set(HelpdeskSummary.read(db, used));
        }

        private void playDemo() {
            try {
                DemoScenario scenario = new DemoScenario(embedded.simulator(), db, settings.broadcastDir(),
                        PROGRESS::info);
                demoCompleted.set(scenario.run(DEMO_TIMEOUT));
                if (settings.runsForDuration()) {
                    PROGRESS.info("Demo scenario done; running until {} s after the start. Write as a customer yourself:",
                            settings.duration().toSeconds());
                    PROGRESS.info("  curl -X POST {}/__admin/inbound -H 'Content-Type: application/json'"
                            + " -d '{\"phone\":\"+15550001111\",\"name\":\"You\",\"text\":\"My invoice is wrong\"}'",
                            embedded.simulator().rootUrl());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                PROGRESS.error("The demo scenario failed: {}", e.getMessage(), e);
            } finally {
                if (!settings.runsForDuration()) {
                    main.completed();
                }
            }
        }

        private String property(CamelContext context, String key) {
            return context.getPropertiesComponent().resolveProperty(key)
                    .orElseThrow(() -> new IllegalStateException("Property " + key + " is not set"));
        }
    }
}
