package dev.seed.camel.timelinesai.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient.AdminException;
import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;

/** The HTTP side of the admin client: one JSON call to {@code /__admin}, and the JSON helpers its parts share. */
final class AdminTransport {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String adminUrl;

    AdminTransport(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    /** One admin call: the answer's JSON, unwrapped from the Public API's envelope where it has one. */
    JsonNode call(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminUrl + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Admin call " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during admin call " + method + " " + path, e);
        }
        JsonNode json = read(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new AdminException(response.statusCode(), json.path("error_code").isTextual()
                    ? json.path("error_code").asText() : null,
                    json.path("message").isTextual() ? json.path("message").asText() : response.body());
        }
        // endpoints answering in the Public API's envelope are unwrapped
        if (json.isObject() && "ok".equals(json.path("status").asText()) && json.has("data")) {
            return json.get("data");
        }
        return json;
    }

    private static String write(JsonNode body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String text) {
        if (text == null || text.isBlank()) {
            return MAPPER.createObjectNode();
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return MAPPER.createObjectNode().put("message", text);
        }
    }

    static void putIfNotNull(ObjectNode node, String field, Object value) {
        if (value instanceof Long l) {
            node.put(field, l);
        } else if (value instanceof String s) {
            node.put(field, s);
        }
    }


    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    /** A list of contract violations as the admin API reports them. */
    static List<ContractViolation> violations(JsonNode list) {
        List<ContractViolation> violations = new ArrayList<>();
        for (JsonNode n : list) {
            violations.add(new ContractViolation(n.path("direction").asText(), n.path("method").asText(),
                    n.path("path").asText(), n.path("status").asInt(), n.path("problem").asText()));
        }
        return violations;
    }
}
