package dev.seed.camel.timelinesai.simulator.contract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks webhook bodies against the vendor's {@code webhook_spec.yaml} (OpenAPI 3.1, so JSON Schema 2020-12):
 * the event type picks its payload family ({@code MessageData}, {@code ChatData}, ...) from the spec's
 * {@code webhooks:} section. Usable on the simulator's deliveries and on a user's own fixtures.
 */
public final class WebhookContract {
    /** Where the spec is registered with the validator; only used as a name, never fetched. */
    private static final String SPEC_URI = "https://simulator.timelines.invalid/webhook_spec.json";

    /** OpenAPI words that are not JSON Schema keywords: known, so the validator neither warns nor checks them. */
    private static final List<String> OPENAPI_KEYWORDS = List.of("openapi", "info", "servers", "paths", "webhooks",
            "components", "tags", "security", "externalDocs", "example", "discriminator", "xml", "nullable");

    private final JsonSchemaFactory factory;
    private final Map<String, String> familyByEvent;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private WebhookContract(JsonSchemaFactory factory, Map<String, String> familyByEvent) {
        this.factory = factory;
        this.familyByEvent = familyByEvent;
    }

    /** The contract of the Public API webhooks ({@code webhook_spec.yaml}) in a spec folder. */
    public static WebhookContract load(SpecFolder specs) {
        return fromYaml(specs.read(SpecFolder.WEBHOOKS));
    }

    /** The contract of the partner webhooks ({@code partner_api_webhook_spec.yaml}) in a spec folder. */
    public static WebhookContract loadPartner(SpecFolder specs) {
        return fromYaml(specs.read(SpecFolder.PARTNER_WEBHOOKS));
    }

    /** The contract of a webhook spec given as YAML text. */
    public static WebhookContract fromYaml(String yaml) {
        JsonNode spec;
        try {
            spec = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The webhook spec is not valid YAML", e);
        }
        Map<String, String> families = new LinkedHashMap<>();
        spec.path("webhooks").fields().forEachRemaining(e -> {
            String ref = e.getValue().path("post").path("requestBody").path("content").path("application/json")
                    .path("schema").path("$ref").asText("");
            if (ref.startsWith("#/components/schemas/")) {
                families.put(e.getKey(), ref.substring("#/components/schemas/".length()));
            }
        });
        String json = spec.toString();
        JsonMetaSchema dialect = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keywords(OPENAPI_KEYWORDS.stream().map(NonValidationKeyword::new).toList())
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(dialect)
                        .schemaLoaders(loaders -> loaders.schemas(Map.of(SPEC_URI, json))));
        return new WebhookContract(factory, Map.copyOf(families));
    }

    /** Every event type the spec declares. */
    public Set<String> eventTypes() {
        return familyByEvent.keySet();
    }

    /** The payload family ({@code components/schemas} name) of an event type, or null if the spec has none. */
    public String familyOf(String eventType) {
        return familyByEvent.get(eventType);
    }

    /** Problems of a webhook body, found by its {@code event_type}; empty when it fits the spec. */
    public List<String> check(JsonNode payload) {
        String eventType = payload == null ? null : payload.path("event_type").asText(null);
        if (eventType == null) {
            return List.of("$.event_type: missing");
        }
        String family = familyOf(eventType);
        if (family == null) {
            return List.of("$.event_type: \"" + eventType + "\" is not an event type of the spec");
        }
        return check(family, payload);
    }

    /** Problems of {@code payload} against {@code components/schemas/<family>}; empty when it fits. */
    public List<String> check(String family, JsonNode payload) {
        JsonSchema schema = schemas.computeIfAbsent(family,
                f -> factory.getSchema(SchemaLocation.of(SPEC_URI + "#/components/schemas/" + f)));
        return schema.validate(payload).stream()
                .sorted(Comparator.comparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .toList();
    }
}
