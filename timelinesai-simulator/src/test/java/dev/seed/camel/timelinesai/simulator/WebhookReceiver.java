package dev.seed.camel.timelinesai.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook endpoint for tests: a JDK HTTP server on a free port that records every request and answers
 * as told (a status per request number, optionally after a delay).
 */
public final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntFunction<Integer> statusByRequest = n -> 200;
    private volatile Duration delay = Duration.ZERO;

    /** One request as the receiver saw it; header names are lower-case. */
    public record Received(String method, String path, String query, Map<String, String> headers, String body,
                           Instant at) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }

        public String eventType() {
            return json().path("event_type").asText();
        }
    }

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** e.g. {@code http://127.0.0.1:40123/hook}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers every request with {@code status}. */
    public WebhookReceiver respond(int status) {
        this.statusByRequest = n -> status;
        return this;
    }

    /** Answers request number n (1-based) with {@code statuses[n-1]}, and later ones with the last status. */
    public WebhookReceiver respondInTurn(int... statuses) {
        this.statusByRequest = n -> statuses[Math.min(n, statuses.length) - 1];
        return this;
    }

    /** Waits this long before answering. */
    public WebhookReceiver delay(Duration delay) {
        this.delay = delay;
        return this;
    }

    public synchronized List<Received> requests() {
        return new ArrayList<>(received);
    }

    public synchronized List<Received> requestsTo(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        int n;
        synchronized (this) {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getQuery(), headers, new String(bytes, StandardCharsets.UTF_8), Instant.now()));
            n = count.incrementAndGet();
        }
        try {
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(statusByRequest.apply(n), answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the sender gave up (timeout) and closed the connection
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
