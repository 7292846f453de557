package dev.seed.camel.timelinesai.consumer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;

import dev.seed.camel.timelinesai.TimelinesAiTestSupport;
import dev.seed.camel.timelinesai.model.WebhookInfo;
import dev.seed.camel.timelinesai.testsupport.LocalHttpServer;
import org.apache.camel.CamelContext;

/** Consumer tests: the simulator plus a Vert.x platform-http server on a free port for the webhook paths. */
public abstract class EventsTestSupport extends TimelinesAiTestSupport {
    protected static final String SECRET = "s3cr3t-0123456789-abcdef";
    private final LocalHttpServer server = new LocalHttpServer();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        server.addTo(context);
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
        return server.url();
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
        return server.post(pathAndQuery, body, headers);
    }

    protected HttpResponse<String> send(HttpRequest request) {
        return server.send(request);
    }
}
