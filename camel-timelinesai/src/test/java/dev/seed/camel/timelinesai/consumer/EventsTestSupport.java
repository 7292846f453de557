package dev.seed.camel.timelinesai.consumer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import dev.seed.camel.timelinesai.TimelinesAiTestSupport;
import dev.seed.camel.timelinesai.model.WebhookInfo;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;

/** Consumer tests: the simulator plus a Vert.x platform-http server on a free port for the webhook paths. */
public abstract class EventsTestSupport extends TimelinesAiTestSupport {
    protected static final String SECRET = "s3cr3t-0123456789-abcdef";
    protected final int port = AvailablePortFinder.getNextAvailable();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        return context;
    }

    /** The webhook secret reaches the URIs as placeholder {@code {{hook.secret}}}, as it should in real routes. */
    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("hook.secret", SECRET);
        return properties;
    }

    /** The base URL of the local HTTP server, as the external URL TimelinesAI (the simulator) posts to. */
    protected String externalUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A webhook consumer URI that registers itself with the simulator. */
    protected String webhookUri(String path, String eventTypes) {
        return "timelinesai:events?eventTypes=" + eventTypes + "&webhookPath=" + path + "&webhookExternalUrl="
                + externalUrl() + "&webhookSecret={{hook.secret}}";
    }

    /** The subscriptions the simulator holds now. */
    protected List<WebhookInfo> subscriptions() {
        @SuppressWarnings("unchecked")
        List<WebhookInfo> list = ok("timelinesai:webhooks/list", null).getMessage().getBody(List.class);
        return list;
    }

    protected HttpResponse<String> post(String pathAndQuery, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(externalUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
