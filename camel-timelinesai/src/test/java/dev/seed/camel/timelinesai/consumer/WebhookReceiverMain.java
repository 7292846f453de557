package dev.seed.camel.timelinesai.consumer;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A webhook receiver in its own JVM for {@link WebhookMemoryBoundTest}: {@code timelinesai:events} on
 * {@code /hook} (secret {@code args[1]}, 64 KiB limit) on a Vert.x platform-http server with default settings.
 * Prints {@code READY} once it serves and {@code RECEIVED <uid>} for each event its route gets.
 */
public final class WebhookReceiverMain {

    private WebhookReceiverMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String secret = args[1];
        CamelContext context = new DefaultCamelContext();
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setBaseUrl("http://127.0.0.1:9");
        component.setToken("unused-token");
        context.addComponent("timelinesai", component);
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timelinesai:events?eventTypes=message:received:new&webhookPath=/hook&webhookMaxBodySize=65536"
                        + "&webhookSecret=" + secret)
                        .process(e -> System.out.println("RECEIVED " + e.getMessage()
                                .getHeader("CamelTimelinesAiMessageUid")));
            }
        });
        context.start();
        System.out.println("READY");
        Thread.currentThread().join();
    }
}
