package dev.seed.camel.timelinesai;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.camel.BindToRegistry;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP options: a proxy, an injected HttpClient and a builder hook (the configurer). */
class HttpOptionsTest extends TimelinesAiTestSupport {
    private HttpServer proxy;
    private final List<String> proxied = new CopyOnWriteArrayList<>();
    private final AtomicInteger configured = new AtomicInteger();

    @BindToRegistry("countingConfigurer")
    private final HttpClientConfigurer configurer = builder -> {
        configured.incrementAndGet();
        builder.addRequestInterceptorFirst((request, entity, context) -> request.addHeader("X-Configured", "yes"));
    };

    @BindToRegistry("injectedClient")
    private final CloseableHttpClient injected = HttpClients.custom().setUserAgent("injected-client").build();

    @BeforeEach
    void startProxy() throws IOException {
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", ex -> {
            proxied.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " " + ex.getRequestHeaders().getFirst("Host"));
            byte[] body = "{\"status\":\"ok\",\"data\":{\"whatsapp_accounts\":[]}}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        proxy.start();
    }

    @AfterEach
    void stopProxy() {
        proxy.stop(0);
    }

    @Test
    void requestsGoThroughTheProxy() {
        ok("timelinesai:accounts/list?baseUrl=http://api.timelines.invalid/integrations/api&proxyHost=127.0.0.1"
                + "&proxyPort=" + proxy.getAddress().getPort(), null);
        assertThat(proxied).singleElement().satisfies(line -> assertThat(line)
                .contains("/integrations/api/whatsapp_accounts").contains("api.timelines.invalid"));
    }

    @Test
    void configurerAndInjectedClientAreUsed() {
        assertThat(ok("timelinesai:accounts/list?httpClientConfigurer=#countingConfigurer", null).getMessage()
                .getBody(List.class)).hasSize(3);
        assertThat(configured).hasValue(1);
        assertThat(ok("timelinesai:accounts/list?httpClient=#injectedClient", null).getMessage().getBody(List.class))
                .hasSize(3);
        assertNoContractViolations();
    }
}
