package dev.seed.camel.timelinesai.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

/** A tiny HTTP server on a free local port that serves fixed bytes, standing in for a public download URL. */
final class LocalFileServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Served> files = new ConcurrentHashMap<>();

    /** What one path answers; {@code declaredLength} above the real length makes a truncated answer. */
    record Served(int status, String contentType, String disposition, byte[] bytes, long declaredLength) {
        Served(int status, String contentType, String disposition, byte[] bytes) {
            this(status, contentType, disposition, bytes, bytes.length);
        }
    }

    LocalFileServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Served served = files.get(exchange.getRequestURI().getPath());
            if (served == null) {
                served = new Served(404, "text/plain", null, "no such file".getBytes());
            }
            if (served.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", served.contentType());
            }
            if (served.disposition() != null) {
                exchange.getResponseHeaders().add("Content-Disposition", served.disposition());
            }
            exchange.sendResponseHeaders(served.status(), served.declaredLength() == 0 ? -1 : served.declaredLength());
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(served.bytes());
            } catch (IOException truncated) {
                exchange.close();
            }
        });
        server.start();
    }

    LocalFileServer serve(String path, String contentType, byte[] bytes) {
        return serve(path, new Served(200, contentType, null, bytes));
    }

    LocalFileServer serve(String path, Served served) {
        files.put(path, served);
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
