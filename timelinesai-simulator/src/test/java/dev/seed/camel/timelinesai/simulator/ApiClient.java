package dev.seed.camel.timelinesai.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for simulator tests: sends raw requests and reads the JSON answers. */
public final class ApiClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http;
    private final String baseUrl;
    private final String token;

    public ApiClient(String baseUrl, String token) {
        this(baseUrl, token, HttpClient.Version.HTTP_2);
    }

    private ApiClient(String baseUrl, String token, HttpClient.Version version) {
        this.http = HttpClient.newBuilder().version(version).build();
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /**
     * A client that never tries the JDK's cleartext HTTP/2 upgrade: on the upgrading stream the simulator's
     * Vert.x server stalled about one multi-frame response (a 25 kB page) in five.
     */
    public static ApiClient http11(String baseUrl, String token) {
        return new ApiClient(baseUrl, token, HttpClient.Version.HTTP_1_1);
    }

    public static ApiClient http11(TimelinesAiSimulator simulator) {
        return http11(simulator.baseUrl(), simulator.token());
    }

    public ApiClient(TimelinesAiSimulator simulator) {
        this(simulator.baseUrl(), simulator.token());
    }

    /** A response: status, body text and the body as JSON (null if it is not JSON). */
    public record Result(int status, String body, JsonNode json, HttpResponse<String> raw) {
        public JsonNode data() {
            return json.get("data");
        }
    }

    public Result get(String path) {
        return send(builder(path).GET());
    }

    public Result delete(String path) {
        return send(builder(path).DELETE());
    }

    public Result post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Result put(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Result patch(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    public Result send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            if (response.headers().firstValue("Content-Type").orElse("").contains("json")) {
                json = MAPPER.readTree(response.body());
            }
            return new Result(response.statusCode(), response.body(), json, response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
