package dev.seed.camel.timelinesai;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;
import dev.seed.camel.timelinesai.internal.transport.ApiTransport;
import dev.seed.camel.timelinesai.internal.transport.HttpClientFactory;
import dev.seed.camel.timelinesai.internal.transport.HttpSettings;
import dev.seed.camel.timelinesai.api.PublicApi;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HTTP layer: headers sent, no automatic retries on 429, {@code Retry-After}, non-JSON error bodies and
 * paths without trailing slashes; against a tiny local server and the simulator.
 */
class TransportTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.create();

    private HttpServer server;
    private final List<Map<String, List<String>>> requests = new CopyOnWriteArrayList<>();
    private CloseableHttpClient httpClient;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/limited", ex -> {
            record(ex);
            ex.getResponseHeaders().add("Retry-After", "7");
            respond(ex, 429, "application/json", "{\"status\":\"error\",\"message\":\"Slow down\","
                    + "\"error_code\":\"rate_limit_exceeded\"}");
        });
        server.createContext("/echo", ex -> {
            record(ex);
            respond(ex, 200, "application/json", "{\"status\":\"ok\",\"data\":{\"message_uid\":\"m-1\"}}");
        });
        server.createContext("/prefix", ex -> {
            record(ex);
            requests.get(requests.size() - 1).put(":uri", List.of(ex.getRequestURI().getRawPath() + "?"
                    + ex.getRequestURI().getRawQuery()));
            respond(ex, 200, "application/json", "{\"status\":\"ok\",\"data\":{\"message_uid\":\"m-2\"}}");
        });
        server.createContext("/partner", ex -> {
            record(ex);
            respond(ex, 401, "application/json", "{\"error\":\"invalid_signature\",\"status\":401,"
                    + "\"description\":\"JWT signature does not match\"}");
        });
        server.createContext("/broken", ex -> {
            record(ex);
            respond(ex, 502, "text/plain", "Bad gateway");
        });
        server.start();
        httpClient = HttpClientFactory.create(new DefaultCamelContext(), new HttpSettings(5000, 5000, null, null, null,
                null), TimelinesAiEndpoint.USER_AGENT);
    }

    @AfterEach
    void stop() throws IOException {
        server.stop(0);
        httpClient.close();
    }

    private void record(HttpExchange ex) throws IOException {
        Map<String, List<String>> headers = new java.util.HashMap<>(ex.getRequestHeaders());
        headers.put(":body", List.of(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        requests.add(headers);
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private PublicApi localApi() {
        return new PublicApi(new ApiTransport(httpClient, "http://127.0.0.1:" + server.getAddress().getPort() + "/",
                () -> "local-token"));
    }

    @Test
    void sendsUserAgentAcceptAndUtf8Json() {
        String uid = localApi().messageUid(ApiRequest.post("/echo").entity(PublicApi.json(Map.of("text", "Grüße 👋"))));
        assertThat(uid).isEqualTo("m-1");
        Map<String, List<String>> headers = requests.get(0);
        assertThat(headers.get("User-agent").get(0)).startsWith("camel-timelinesai/").doesNotContain("dev");
        assertThat(headers.get("Accept")).containsExactly("application/json");
        assertThat(headers.get("Content-type").get(0)).containsIgnoringCase("application/json")
                .containsIgnoringCase("UTF-8");
        assertThat(headers.get("Authorization")).containsExactly("Bearer local-token");
        assertThat(headers.get(":body").get(0)).isEqualTo("{\"text\":\"Grüße 👋\"}");
    }

    @Test
    void rateLimitIsNotRetriedAndCarriesRetryAfter() {
        assertThatThrownBy(() -> localApi().data(ApiRequest.get("/limited")))
                .isInstanceOfSatisfying(TimelinesAiRateLimitException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(429);
                    assertThat(e.getErrorCode()).isEqualTo("rate_limit_exceeded");
                    assertThat(e.getRetryAfter()).hasSeconds(7);
                    assertThat(e.getApiMessage()).isEqualTo("Slow down");
                });
        assertThat(requests).hasSize(1);
    }

    @Test
    void partnerApiErrorShapeIsReadToo() {
        assertThatThrownBy(() -> localApi().data(ApiRequest.get("/partner")))
                .isInstanceOfSatisfying(TimelinesAiAuthenticationException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo("invalid_signature");
                    assertThat(e.getApiMessage()).isEqualTo("JWT signature does not match");
                });
    }

    @Test
    void plainTextServerErrorIsTyped() {
        assertThatThrownBy(() -> localApi().data(ApiRequest.get("/broken")))
                .isInstanceOfSatisfying(TimelinesAiServerException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(502);
                    assertThat(e.getMessage()).contains("502").contains("non-JSON");
                });
    }

    @Test
    void connectionRefusedIsACommunicationException() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PublicApi api = new PublicApi(new ApiTransport(httpClient, "http://127.0.0.1:" + port, () -> "t"));
        assertThatThrownBy(() -> api.data(ApiRequest.get("/whatsapp_accounts")))
                .isInstanceOfSatisfying(TimelinesAiCommunicationException.class,
                        e -> assertThat(e.getHttpStatus()).isZero());
    }

    @Test
    void theBaseUrlPathPrefixesEveryRequestWithItsEncodedQuery() {
        PublicApi api = new PublicApi(new ApiTransport(httpClient, "http://127.0.0.1:" + server.getAddress().getPort()
                + "/prefix/api/", () -> "local-token"));
        String uid = api.messageUid(ApiRequest.post("/chats/7/messages").query("name", "a b&c")
                .entity(PublicApi.json(Map.of("text", "hi"))));
        assertThat(uid).isEqualTo("m-2");
        assertThat(requests.get(0).get(":uri")).containsExactly("/prefix/api/chats/7/messages?name=a%20b%26c");
        assertThat(requests.get(0).get("Authorization")).containsExactly("Bearer local-token");
    }

    @Test
    void trailingSlashesAreNeverSent() {
        assertThat(ApiRequest.get("/whatsapp_accounts/").path()).isEqualTo("/whatsapp_accounts");
        TimelinesAiClient client = new TimelinesAiClient(new ApiTransport(httpClient, SIMULATOR.baseUrl() + "/",
                SIMULATOR::token));
        assertThat(client.accounts().list(false)).hasSize(3);
        PublicApi api = new PublicApi(new ApiTransport(httpClient, SIMULATOR.baseUrl(), SIMULATOR::token));
        assertThat(api.data(ApiRequest.get("/whatsapp_accounts/")).path("whatsapp_accounts").size()).isEqualTo(3);
    }

    @Test
    void htmlNotFoundPageGivesTypedException() {
        PublicApi api = new PublicApi(new ApiTransport(httpClient, SIMULATOR.simulator().rootUrl(), SIMULATOR::token));
        assertThatThrownBy(() -> api.data(ApiRequest.get("/integrations/no_such_endpoint")))
                .isInstanceOfSatisfying(TimelinesAiNotFoundException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(404);
                    assertThat(e.getErrorCode()).isNull();
                    assertThat(e.getMessage()).contains("non-JSON response").contains("text/html")
                            .contains("Page not found");
                });
    }
}
