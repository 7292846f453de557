package dev.seed.camel.timelinesai.clustertests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The one address TimelinesAI delivers webhooks to, as a Kubernetes Service would be: each request goes to the
 * next replica in turn (a replica that refuses the connection is skipped, as a Service drops a dead pod). Keeps
 * every forwarded delivery (replica, body, answer) so the test can redeliver one to another replica.
 */
final class RoundRobinFront implements AutoCloseable {
    /** One forwarded request and the answer the replica gave. */
    record Forwarded(int replica, String pathAndQuery, String body, int status) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final IntFunction<Integer> portOfReplica;
    private final int replicas;
    private final AtomicInteger next = new AtomicInteger();
    private final List<Forwarded> forwarded = new CopyOnWriteArrayList<>();

    RoundRobinFront(int port, int replicas, IntFunction<Integer> portOfReplica) throws IOException {
        this.replicas = replicas;
        this.portOfReplica = portOfReplica;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    List<Forwarded> forwarded() {
        return List.copyOf(forwarded);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            int first = Math.floorMod(next.getAndIncrement(), replicas);
            for (int i = 0; i < replicas; i++) {
                int replica = (first + i) % replicas;
                HttpResponse<byte[]> answer;
                try {
                    answer = forward(replica, exchange, pathAndQuery, body);
                } catch (ConnectException refused) {
                    continue;
                } catch (IOException | InterruptedException failed) {
                    forwarded.add(new Forwarded(replica, pathAndQuery, new String(body), 502));
                    reply(exchange, 502, new byte[0], null);
                    return;
                }
                forwarded.add(new Forwarded(replica, pathAndQuery, new String(body), answer.statusCode()));
                reply(exchange, answer.statusCode(), answer.body(),
                        answer.headers().firstValue("Retry-After").orElse(null));
                return;
            }
            reply(exchange, 503, new byte[0], null);
        }
    }

    private HttpResponse<byte[]> forward(int replica, HttpExchange exchange, String pathAndQuery, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + portOfReplica.apply(replica) + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null) {
            request.header("Content-Type", type);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void reply(HttpExchange exchange, int status, byte[] body, String retryAfter) throws IOException {
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
