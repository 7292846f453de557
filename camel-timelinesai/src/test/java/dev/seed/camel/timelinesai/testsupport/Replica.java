package dev.seed.camel.timelinesai.testsupport;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.consumer.ClusterLeadership;
import dev.seed.camel.timelinesai.consumer.ClusteredConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One replica of a test cluster: its own CamelContext, HTTP server on a free port and, unless alone, a
 * FileLockClusterService on the folder all replicas share (short lock intervals), running one events route.
 */
public final class Replica implements AutoCloseable {
    public static final String ROUTE = "events";
    private final String name;
    private final CamelContext context = new DefaultCamelContext();
    private final LocalHttpServer server = new LocalHttpServer();

    /**
     * @param clusterRoot the shared folder of the file-lock cluster service, or {@code null} for a replica without
     *                    a cluster service
     */
    public Replica(String name, String baseUrl, String token, String secret, Path clusterRoot) throws Exception {
        this.name = name;
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setBaseUrl(baseUrl);
        component.setToken(token);
        context.addComponent("timelinesai", component);
        context.getPropertiesComponent().addInitialProperty("hook.secret", secret);
        server.addTo(context);
        if (clusterRoot != null) {
            context.addService(fileLockService(name, clusterRoot));
        }
    }

    /** A file-lock cluster service that takes over a released lock within about a second. */
    public static FileLockClusterService fileLockService(String id, Path root) {
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(id);
        cluster.setRoot(root.toString());
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        return cluster;
    }

    public String name() {
        return name;
    }

    public CamelContext context() {
        return context;
    }

    /** Binds a bean in this replica's registry (for {@code #name} references in the URI). */
    public Replica bind(String id, Object bean) {
        context.getRegistry().bind(id, bean);
        return this;
    }

    /** Starts the context with one route from {@code uri} through {@code processor}. */
    public Replica start(String uri, Processor processor) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(ROUTE).process(processor);
            }
        });
        context.start();
        return this;
    }

    public Consumer consumer() {
        return context.getRoute(ROUTE).getConsumer();
    }

    public TimelinesAiEndpoint endpoint() {
        return (TimelinesAiEndpoint) context.getRoute(ROUTE).getEndpoint();
    }

    /** Whether this replica leads its cluster namespace now. */
    public boolean isLeader() {
        ClusterLeadership leadership = consumer() instanceof ClusteredConsumer clustered
                ? clustered.getLeadership() : null;
        return leadership != null && leadership.isLeader();
    }

    /** POSTs a delivery to this replica's HTTP server, as a load balancer in front of the replicas would. */
    public HttpResponse<String> post(String pathAndQuery, String body) {
        // a generous timeout: a route may hold the delivery while the test makes another replica act
        return server.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** Stops this replica (its route, its cluster service: the lock is released). */
    @Override
    public void close() {
        context.stop();
    }
}
