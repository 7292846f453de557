package dev.seed.camel.timelinesai.springboot;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The test's Spring Boot application: routes that send with, and receive webhooks for, the starter's components. */
@SpringBootApplication
public class TimelinesAiBootApplication {

    /** Counts how often the components built an HTTP client with it (the #bean: reference in the properties). */
    public static final class RecordingHttpClientConfigurer implements HttpClientConfigurer {
        private final AtomicInteger uses = new AtomicInteger();

        @Override
        public void configureHttpClient(org.apache.hc.client5.http.impl.classic.HttpClientBuilder builder) {
            uses.incrementAndGet();
        }

        public int uses() {
            return uses.get();
        }
    }

    @Bean
    RecordingHttpClientConfigurer recordingHttpClientConfigurer() {
        return new RecordingHttpClientConfigurer();
    }

    @Bean
    RouteBuilder timelinesAiRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("timelinesai:messages/send");
                from("timelinesai:events?eventTypes=message:received:new&webhookPath=/hooks/timelinesai"
                        + "&webhookExternalUrl={{app.public-url}}&webhookSecret={{app.webhook-secret}}")
                        .routeId("whatsapp-in")
                        .to("mock:received");
                from("direct:partner").to("timelinesai-partner:workspaces/create");
            }
        };
    }
}
