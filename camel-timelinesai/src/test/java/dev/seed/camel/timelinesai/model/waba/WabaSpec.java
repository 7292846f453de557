package dev.seed.camel.timelinesai.model.waba;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.simulator.contract.WebhookContract;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;

/**
 * The vendor's specs for the WABA tests, read through {@link VendorSpecs} (skipped without the spec folder,
 * failing under {@code CI=true}). Also reads the test fixtures.
 */
public final class WabaSpec {
    private static final String BASE = "/api";
    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

    private WabaSpec() {
    }

    /** The text of a spec file; skips the calling test when the spec folder is absent (fails it under CI). */
    public static String read(String file) {
        return VendorSpecs.require().read(file);
    }

    /** Problems of a JSON request to the Public API ({@code path} without base); empty when it fits. */
    public static List<String> checkRequest(String method, String path, Object body) {
        SimpleRequest request = new SimpleRequest.Builder(method, BASE + path)
                .withHeader("Authorization", "Bearer spec-check")
                .withContentType("application/json")
                .withBody(new String(JsonSupport.toBytes(body), StandardCharsets.UTF_8))
                .build();
        return messages(publicApi(true).validateRequest(request));
    }

    /** Problems of a raw JSON request body (to show the check can fail). */
    public static List<String> checkRawRequest(String method, String path, String json) {
        SimpleRequest request = new SimpleRequest.Builder(method, BASE + path)
                .withHeader("Authorization", "Bearer spec-check")
                .withContentType("application/json").withBody(json).build();
        return messages(publicApi(true).validateRequest(request));
    }

    /** Problems of a JSON response of the Public API; empty when it fits. */
    public static List<String> checkResponse(String method, String path, int status, String json) {
        SimpleResponse response = SimpleResponse.Builder.status(status).withContentType("application/json")
                .withBody(json).build();
        return messages(publicApi(false).validateResponse(BASE + path, Request.Method.valueOf(method), response));
    }

    /** The webhook contract of {@code webhook_spec.yaml}. */
    public static WebhookContract webhooks() {
        return (WebhookContract) CACHE.computeIfAbsent("webhooks", k -> WebhookContract.fromYaml(
                read("webhook_spec.yaml")));
    }

    /** The spec as a tree. */
    public static JsonNode tree(String file) {
        return (JsonNode) CACHE.computeIfAbsent("tree:" + file, k -> {
            try {
                return new ObjectMapper(new YAMLFactory()).readTree(read(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * An instance of {@code components/schemas/<schema>} put together from the spec's own examples: the schema's
     * {@code example} when it has one, else one built property by property (first enum value when no example).
     */
    public static JsonNode example(String file, String schema) {
        JsonNode spec = tree(file);
        return build(spec, spec.path("components").path("schemas").path(schema), 0);
    }

    private static JsonNode build(JsonNode spec, JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return build(spec, spec.path("components").path("schemas").path(name), depth + 1);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (depth > 6) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (schema.has("properties")) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode value = build(spec, e.getValue(), depth + 1);
                if (!value.isNull()) {
                    node.set(e.getKey(), value);
                }
            }
            return node;
        }
        if ("array".equals(schema.path("type").asText()) && schema.has("items")) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            JsonNode item = build(spec, schema.get("items"), depth + 1);
            if (!item.isNull() && !(item.isObject() && item.isEmpty())) {
                array.add(item);
            }
            return array;
        }
        return JsonNodeFactory.instance.nullNode();
    }

    /** The text of a test resource under {@code waba/}. */
    public static String fixture(String name) {
        try (InputStream in = WabaSpec.class.getClassLoader().getResourceAsStream("waba/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource waba/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code data} of an enveloped fixture, read as a type. */
    public static <T> T data(String name, Class<T> type) {
        try {
            return JsonSupport.mapper().treeToValue(JsonSupport.mapper().readTree(fixture(name)).path("data"), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Requests are checked strictly (a field the spec does not declare is an error: we must not send one);
     * responses tolerate fields the spec does not declare, as the records do.
     */
    private static OpenApiInteractionValidator publicApi(boolean strict) {
        return (OpenApiInteractionValidator) CACHE.computeIfAbsent("public:" + strict, k -> {
            OpenApiInteractionValidator.Builder builder = OpenApiInteractionValidator
                    .createForInlineApiSpecification(read("public_api_spec.yaml"))
                    .withBasePathOverride(BASE);
            if (!strict) {
                builder.withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored());
            }
            return builder.build();
        });
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }
}
