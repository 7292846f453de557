package dev.seed.camel.timelinesai.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal TimelinesAI stand-in on loopback (JDK HTTP server): answers {@code POST /chats/{id}/messages},
 * {@code GET /chats} and {@code POST /files_upload} with {@link CannedResponses}, reading every request body to
 * the end and counting its bytes without keeping them. Anything else gets 404.
 */
final class CannedApiServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final CannedResponses canned;
    private final AtomicLong bodyBytes = new AtomicLong();
    private final AtomicLong largestBody = new AtomicLong();

    static {
        // without it the JDK server's separate header and body writes meet delayed ACKs: 40 ms per call
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private CannedApiServer(CannedResponses canned, int threads) throws IOException {
        this.canned = canned;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        this.executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static CannedApiServer start(CannedResponses canned, int threads) throws IOException {
        return new CannedApiServer(canned, threads);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Request body bytes read so far. */
    long bodyBytes() {
        return bodyBytes.get();
    }

    long largestBody() {
        return largestBody.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long read = drain(exchange.getRequestBody());
            bodyBytes.addAndGet(read);
            largestBody.accumulateAndGet(read, Math::max);
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String body;
            if ("POST".equals(method) && path.matches("/chats/\\d+/messages")) {
                body = canned.send();
            } else if ("GET".equals(method) && "/chats".equals(path)) {
                body = canned.list();
            } else if ("POST".equals(method) && "/files_upload".equals(path)) {
                body = canned.upload().replace("\"size\":0", "\"size\":" + read);
            } else {
                answer(exchange, 404, "{\"status\":\"error\",\"message\":\"not found\"}");
                return;
            }
            answer(exchange, 200, body);
        }
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
        }
        return total;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
