package dev.seed.camel.timelinesai.simulator.partner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;

/** A test client of the simulated Partner API: signs a fresh JWT per request, or sends exactly the headers given. */
final class PartnerClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final TimelinesAiSimulator simulator;

    PartnerClient(TimelinesAiSimulator simulator) {
        this.simulator = simulator;
    }

    /** An answer: status, version header, body text and JSON. */
    record Result(int status, String apiVersion, String body, JsonNode json) {
    }

    Result get(String path) {
        return send("GET", path, null, authHeaders());
    }

    Result post(String path, String json) {
        return send("POST", path, json, authHeaders());
    }

    Result patch(String path, String json) {
        return send("PATCH", path, json, authHeaders());
    }

    /** Valid headers for the configured partner. */
    Map<String, String> authHeaders() {
        PartnerSettings settings = simulator.partner().settings();
        return Map.of("Authorization", "Bearer " + PartnerJwt.sign(settings.partnerId(), settings.secret(), Instant.now()),
                "X-TL-Partner-Id", settings.partnerId());
    }

    Result send(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.partner().baseUrl() + path))
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.headers().firstValue("Content-Type").orElse("").contains("json")
                    ? MAPPER.readTree(response.body()) : null;
            return new Result(response.statusCode(), response.headers().firstValue("X-TL-API-Version").orElse(null),
                    response.body(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
