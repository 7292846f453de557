package dev.seed.camel.timelinesai.clustertests;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiPacedSendRouteTemplate;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One replica of the application under test, run in its own JVM by {@link ReplicaProcess}: the same routes on
 * every replica — {@code timelinesai:events} in webhook mode (own HTTP port, shared secret, subscriptions at the
 * shared front URL), the poll mode, both with the file-lock cluster service on a shared folder and the claiming
 * JDBC repository, and a paced broadcast fed through {@code POST /broadcast} — on the component with the shared
 * request limiter. Prints {@value #READY} once started; stops its CamelContext on SIGTERM.
 */
public final class ReplicaMain {
    static final String READY = "REPLICA READY";
    static final String NAME = "replica.name";
    static final String PORT = "replica.port";
    static final String BASE_URL = "replica.baseUrl";
    static final String TOKEN = "replica.token";
    static final String PG_URL = "replica.pgUrl";
    static final String PG_USER = "replica.pgUser";
    static final String PG_PASSWORD = "replica.pgPassword";
    static final String CLUSTER_ROOT = "replica.clusterRoot";
    static final String SECRET = "replica.webhookSecret";
    static final String FRONT_URL = "replica.frontUrl";
    static final String PACE_MS = "replica.paceMillis";
    static final String POLL_MS = "replica.pollMillis";
    static final String RATE = "replica.ratePerSecond";
    static final String BURST = "replica.rateBurst";
    static final String NAMESPACE = "timelinesai-events";
    static final String EVENT_TYPES = "message:received:new";

    private ReplicaMain() {
    }

    public static void main(String[] args) throws Exception {
        String name = required(NAME);
        HikariDataSource dataSource = dataSource(name, required(PG_URL), required(PG_USER),
                System.getProperty(PG_PASSWORD, ""));
        CamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(20);

        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(required(CLUSTER_ROOT));
        cluster.setAcquireLockDelay(200, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(500, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        context.getRegistry().bind("cluster", cluster);

        ReplicaStores stores = new ReplicaStores(dataSource);
        context.getRegistry().bind("webhookDedupe", stores.claimingRepository("proof-webhook"));
        context.getRegistry().bind("pollDedupe", stores.claimingRepository("proof-poll"));
        context.getRegistry().bind("pollState", stores.pollStateStore("proof-poll"));

        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setBaseUrl(required(BASE_URL));
        component.setToken(required(TOKEN));
        component.setRateLimiter(stores.requestLimiter(Integer.getInteger(RATE, 30), Integer.getInteger(BURST, 10)));
        context.addComponent("timelinesai", component);

        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(Integer.getInteger(PORT));
        context.addService(new VertxPlatformHttpServer(server));

        String secret = required(SECRET);
        long pollMillis = Long.getLong(POLL_MS, 300);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timelinesai:events?eventTypes=" + EVENT_TYPES + "&webhookPath=/hook"
                        + "&webhookSecret=RAW(" + secret + ")&webhookExternalUrl=" + required(FRONT_URL)
                        + "&clusterService=#cluster&clusterNamespace=" + NAMESPACE
                        + "&idempotentRepository=#webhookDedupe")
                        .routeId("webhook")
                        .process(new ProcessedLog(dataSource, name, "webhook"));

                from("timelinesai:events?mode=poll&eventTypes=" + EVENT_TYPES + "&pollDelay=" + pollMillis
                        + "&pollStateStore=#pollState&clusterService=#cluster&clusterNamespace=" + NAMESPACE
                        + "&idempotentRepository=#pollDedupe")
                        .routeId("poll")
                        .process(new ProcessedLog(dataSource, name, "poll"));

                from("platform-http:/status?httpMethodRestrict=GET")
                        .routeId("status")
                        .setBody(e -> cluster.isLeader(NAMESPACE) ? "leader" : "follower");

                // one line per message: account|phone|text; queued in order on this replica's broadcast queue
                from("platform-http:/broadcast?httpMethodRestrict=POST")
                        .routeId("broadcast-intake")
                        .convertBodyTo(String.class)
                        .split(body().tokenize("\n")).streaming()
                            .filter(body().isNotEqualTo(""))
                            .process(e -> {
                                String[] parts = e.getMessage().getBody(String.class).split("\\|", 3);
                                e.getMessage().setHeader(TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, parts[0]);
                                e.getMessage().setHeader(TimelinesAiConstants.PHONE, parts[1]);
                                e.getMessage().setBody(parts[2]);
                            })
                            .to("seda:broadcast?waitForTaskToComplete=Never&size=10000")
                        .end()
                        .setBody(constant("queued"));
            }
        });
        long pace = Long.getLong(PACE_MS, 200);
        context.getRegistry().bind("accountPacer", stores.accountPacer(pace));
        context.addRoutes(new TimelinesAiPacedSendRouteTemplate());
        TemplatedRouteBuilder.builder(context, TimelinesAiPacedSendRouteTemplate.TEMPLATE_ID)
                .routeId("broadcast")
                .parameter(TimelinesAiPacedSendRouteTemplate.SOURCE, "seda:broadcast?size=10000")
                .parameter(TimelinesAiPacedSendRouteTemplate.INTERVAL, String.valueOf(pace))
                .parameter(TimelinesAiPacedSendRouteTemplate.ACCOUNT_PACER, "accountPacer")
                .add();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                context.stop();
                dataSource.close();
            } finally {
                stopped.countDown();
            }
        }, "replica-stop"));
        context.start();
        System.out.println(READY);
        stopped.await();
    }

    /** A small connection pool, as an application would have. */
    static HikariDataSource dataSource(String name, String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("System property " + property + " is required");
        }
        return value;
    }
}
