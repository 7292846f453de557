package dev.seed.camel.timelinesai.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.model.ChatPage;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * JMH benchmarks of one call of {@code messages/send} (to a chat id) and {@code chats/list} (first page) against
 * {@link CannedApiServer}, made through the Camel component, with Apache HttpClient 5 + Jackson (the camel-http
 * stack) by hand and with the JDK {@code HttpClient} + Jackson by hand; the send also as a camel-http +
 * camel-jackson route ({@link CamelHttpSendRoute}), the baseline a user would write without the component. Each hand-written call sends
 * the same request (path, bearer token, JSON body) and reads the answer to the same result (the message uid, the
 * page of chats as the component's {@code ChatPage} record, mapped with the same Jackson configuration). The
 * Camel component is given an Apache client with the same pool as the hand-written one and one worker thread per
 * caller (at least its default 10), so only the component's own work differs. The server's recorded answers are
 * in the file named by system property {@code bench.canned}.
 */
@State(Scope.Benchmark)
public class ProducerOverheadBenchmark {
    static final int POOL = 128;
    static final int DEFAULT_WORKERS = 10;
    private static final String TOKEN = "benchmark-token-0123456789";

    private CannedApiServer server;
    private CamelContext camel;
    private ProducerTemplate template;
    private CloseableHttpClient apache;
    private CloseableHttpClient componentClient;
    private HttpClient jdk;
    private ObjectMapper mapper;
    private String base;
    private Endpoint sendEndpoint;
    private Endpoint listEndpoint;
    private Endpoint camelHttpEndpoint;
    private URI sendTarget;
    private URI listTarget;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        CannedResponses canned = CannedResponses.load(Path.of(System.getProperty("bench.canned")));
        server = CannedApiServer.start(canned, 8);
        base = server.baseUrl();
        mapper = JsonSupport.mapper();
        apache = pooledClient();
        componentClient = pooledClient();
        jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        sendTarget = URI.create(base + "/chats/" + canned.chatId() + "/messages");
        listTarget = URI.create(base + "/chats?page=1");

        camel = new DefaultCamelContext();
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setBaseUrl(base);
        component.setToken(TOKEN);
        component.setRateLimitEnabled(false);
        component.setHttpClient(componentClient);
        camel.addComponent("timelinesai", component);
        CamelHttpSendRoute.addTo(camel, base, canned.chatId(), TOKEN, POOL);
        camel.start();
        template = camel.createProducerTemplate();
        // resolved once, as a route resolves its endpoints when it starts
        // one worker per caller (never fewer than the default 10), as one would size it for that many callers
        int workers = Math.max(DEFAULT_WORKERS, params.getThreads());
        sendEndpoint = camel.getEndpoint("timelinesai:messages/send?chatId=" + canned.chatId() + "&workerPoolSize="
                + workers);
        listEndpoint = camel.getEndpoint("timelinesai:chats/list?workerPoolSize=" + workers);
        camelHttpEndpoint = camel.getEndpoint(CamelHttpSendRoute.ENDPOINT);
        // every path answers before measuring, so a broken set-up fails the run instead of timing errors
        camelSend();
        camelList();
        camelHttpSend();
        apacheSend();
        apacheList();
        jdkSend();
        jdkList();
    }

    private static CloseableHttpClient pooledClient() {
        return HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(POOL).setMaxConnPerRoute(POOL).build()).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        camel.close();
        componentClient.close();
        apache.close();
        server.close();
    }

    @Benchmark
    public String camelSend() {
        return template.requestBody(sendEndpoint, "Benchmark message", String.class);
    }

    @Benchmark
    public ChatPage camelList() {
        return template.requestBody(listEndpoint, null, ChatPage.class);
    }

    @Benchmark
    public String camelHttpSend() {
        return template.requestBody(camelHttpEndpoint, "Benchmark message", String.class);
    }

    @Benchmark
    public String apacheSend() throws IOException {
        HttpPost post = new HttpPost(sendTarget);
        post.addHeader("Authorization", "Bearer " + TOKEN);
        post.addHeader("Accept", "application/json");
        post.setEntity(new ByteArrayEntity(sendBody(), ContentType.APPLICATION_JSON));
        return apache.execute(post, r -> messageUid(readOk(r)));
    }

    @Benchmark
    public ChatPage apacheList() throws IOException {
        HttpGet get = new HttpGet(listTarget);
        get.addHeader("Authorization", "Bearer " + TOKEN);
        get.addHeader("Accept", "application/json");
        return apache.execute(get, r -> chats(readOk(r)));
    }

    @Benchmark
    public String jdkSend() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(sendTarget).header("Authorization", "Bearer " + TOKEN)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sendBody())).build();
        return messageUid(readOk(jdk.send(request, HttpResponse.BodyHandlers.ofByteArray())));
    }

    @Benchmark
    public ChatPage jdkList() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(listTarget).header("Authorization", "Bearer " + TOKEN)
                .header("Accept", "application/json").GET().build();
        return chats(readOk(jdk.send(request, HttpResponse.BodyHandlers.ofByteArray())));
    }

    private byte[] sendBody() throws IOException {
        return mapper.writeValueAsBytes(mapper.createObjectNode().put("text", "Benchmark message"));
    }

    private JsonNode readOk(ClassicHttpResponse response) throws IOException {
        return readOk(response.getCode(), EntityUtils.toByteArray(response.getEntity()));
    }

    private JsonNode readOk(HttpResponse<byte[]> response) throws IOException {
        return readOk(response.statusCode(), response.body());
    }

    private JsonNode readOk(int status, byte[] body) throws IOException {
        JsonNode json = mapper.readTree(body);
        if (status != 200 || !"ok".equals(json.path("status").asText())) {
            throw new IOException("answer " + status + ": " + json);
        }
        return json.path("data");
    }

    private static String messageUid(JsonNode data) throws IOException {
        String uid = data.path("message_uid").asText(null);
        if (uid == null) {
            throw new IOException("no message_uid in " + data);
        }
        return uid;
    }

    private ChatPage chats(JsonNode data) throws IOException {
        if (!data.path("chats").isArray()) {
            throw new IOException("no chats in " + data);
        }
        return mapper.treeToValue(data, ChatPage.class);
    }
}
