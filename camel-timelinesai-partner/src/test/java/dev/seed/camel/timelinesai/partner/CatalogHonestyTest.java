package dev.seed.camel.timelinesai.partner;

import dev.seed.camel.timelinesai.testsupport.OptionFields;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generated timelinesai-partner catalog JSON, read through camel-catalog 4.18.0, tells the truth about the
 * code: realistic URIs validate and create endpoints, wrong ones are refused with the catalog's message, and
 * labels, secret flags, defaults and enums match the configuration classes and the endpoints.
 */
class CatalogHonestyTest {
    private static final String JSON = "META-INF/dev/seed/camel/timelinesai/partner/timelinesai-partner.json";
    private static JsonNode model;
    private static CamelCatalog catalog;
    private static CamelContext context;

    @BeforeAll
    static void load() throws Exception {
        String text;
        try (InputStream in = CatalogHonestyTest.class.getClassLoader().getResourceAsStream(JSON)) {
            assertThat(in).as(JSON).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        model = new ObjectMapper().readTree(text);
        catalog = new DefaultCamelCatalog();
        catalog.addComponent("timelinesai-partner", TimelinesAiPartnerComponent.class.getName(), text);
        context = new DefaultCamelContext();
        TimelinesAiPartnerComponent component = new TimelinesAiPartnerComponent();
        component.setPartnerId("partner-1");
        component.setPartnerSecret("catalog-test-partner-secret");
        context.addComponent("timelinesai-partner", component);
        context.start();
    }

    @AfterAll
    static void stop() {
        context.stop();
    }

    @Test
    void realisticUrisValidateAndCreateEndpoints() {
        List<String> uris = List.of(
                "timelinesai-partner:workspaces/create?displayName=Acme%20Dental&seatsPurchased=3",
                "timelinesai-partner:workspaces/get?workspaceId=acme-dental",
                "timelinesai-partner:users/create?workspaceId=acme-dental&count=2",
                "timelinesai-partner:users/qr?workspaceId=acme-dental&userId=42&expiresInHours=48",
                "timelinesai-partner:tokens/rotate?workspaceId=acme-dental",
                "timelinesai-partner:events?eventTypes=all",
                "timelinesai-partner:events?eventTypes=workspace:quota_full:messaging,workspace:quota_full:api_calls"
                        + "&webhookPath=/partner/hooks&signatureLeeway=10s");
        for (String uri : uris) {
            EndpointValidationResult result = catalog.validateEndpointProperties(uri);
            assertThat(result.isSuccess()).as(uri + ": " + result.summaryErrorMessage(false)).isTrue();
            assertThat(context.getEndpoint(uri)).as(uri).isInstanceOf(TimelinesAiPartnerEndpoint.class);
        }
    }

    @Test
    void wrongUrisAreRefusedWithTheCatalogsMessage() {
        EndpointValidationResult typo = catalog.validateEndpointProperties(
                "timelinesai-partner:users/qr?expiresInHour=48");
        assertThat(typo.getUnknown()).containsExactly("expiresInHour");
        assertThat(typo.summaryErrorMessage(false)).contains("Unknown option");

        EndpointValidationResult api = catalog.validateEndpointProperties("timelinesai-partner:seats/get");
        assertThat(api.getInvalidEnum()).containsKey("api");
        assertThat(api.summaryErrorMessage(false)).contains("Invalid enum value");

        EndpointValidationResult number = catalog.validateEndpointProperties(
                "timelinesai-partner:users/create?count=several");
        assertThat(number.getInvalidInteger()).containsEntry("count", "several");

        EndpointValidationResult bool = catalog.validateEndpointProperties(
                "timelinesai-partner:events?eventTypes=all&idempotent=perhaps");
        assertThat(bool.getInvalidBoolean()).containsEntry("idempotent", "perhaps");
    }

    @Test
    void labelsSecretsAndEnumsMatchTheAnnotations() {
        int checked = 0;
        for (Class<?> options : List.of(TimelinesAiPartnerConfiguration.class,
                TimelinesAiPartnerEventsConfiguration.class)) {
            for (Field f : OptionFields.of(options)) {
                UriParam param = f.getAnnotation(UriParam.class);
                if (param == null) {
                    continue;
                }
                JsonNode p = model.get("properties").get(f.getName());
                assertThat(p).as("catalog entry of " + f.getName()).isNotNull();
                assertThat(p.path("label").asText()).as("label of " + f.getName()).isEqualTo(param.label());
                assertThat(p.path("secret").asBoolean()).as("secret flag of " + f.getName()).isEqualTo(param.secret());
                assertThat(strings(p.get("enum"))).as("enum of " + f.getName()).isEqualTo(enumsOf(f, param.enums()));
                checked++;
            }
        }
        for (Field f : OptionFields.of(TimelinesAiPartnerComponent.class)) {
            Metadata meta = f.getAnnotation(Metadata.class);
            if (meta != null) {
                assertThat(model.get("componentProperties").get(f.getName()).path("secret").asBoolean())
                        .as("component secret flag of " + f.getName()).isEqualTo(meta.secret());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(25);
        assertThat(model.get("properties").get("partnerSecret").path("secret").asBoolean()).isTrue();
    }

    @Test
    void producerAndConsumerFlagsMatchWhatEndpointsDo() throws Exception {
        assertThat(model.get("component").get("producerOnly").asBoolean()).isFalse();
        assertThat(model.get("component").get("consumerOnly").asBoolean()).isFalse();
        Endpoint qr = context.getEndpoint("timelinesai-partner:users/qr?workspaceId=w&userId=1");
        assertThat(qr.createProducer()).isNotNull();
        assertThatThrownBy(() -> qr.createConsumer(e -> { })).isInstanceOf(UnsupportedOperationException.class);
        Endpoint events = context.getEndpoint("timelinesai-partner:events?eventTypes=all");
        assertThat(events.createConsumer(e -> { })).isNotNull();
        assertThatThrownBy(events::createProducer).isInstanceOf(UnsupportedOperationException.class);
        for (Field f : OptionFields.of(TimelinesAiPartnerEventsConfiguration.class)) {
            if (f.isAnnotationPresent(UriParam.class)) {
                assertThat(model.get("properties").get(f.getName()).path("label").asText())
                        .as("label of consumer option " + f.getName()).startsWith("consumer");
            }
        }
    }

    @Test
    void defaultsInTheCatalogAreWhatAFreshEndpointHas() {
        Endpoint producer = context.getEndpoint("timelinesai-partner:workspaces/get?workspaceId=w");
        Endpoint consumer = context.getEndpoint("timelinesai-partner:events?eventTypes=all");
        PropertyConfigurerGetter getter = (PropertyConfigurerGetter) PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("timelinesai-partner-endpoint", context);
        assertThat(getter).isNotNull();
        Map<String, String> mismatches = new LinkedHashMap<>();
        int checked = 0;
        for (var it = model.get("properties").fields(); it.hasNext();) {
            var e = it.next();
            JsonNode p = e.getValue();
            if (!p.has("defaultValue")) {
                continue;
            }
            Endpoint target = p.path("label").asText().startsWith("consumer") ? consumer : producer;
            Object actual = getter.getOptionValue(target, e.getKey(), false);
            if (!p.get("defaultValue").asText().equals(String.valueOf(actual))) {
                mismatches.put(e.getKey(), "catalog " + p.get("defaultValue").asText() + ", endpoint " + actual);
            }
            checked++;
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isGreaterThan(8);
    }

    @Test
    void eventTypesIsRequiredOnlyByTheEventsEndpoint() {
        assertThat(model.get("properties").get("eventTypes").path("required").asBoolean()).isFalse();
        assertThatThrownBy(() -> context.getEndpoint("timelinesai-partner:events"))
                .rootCause().hasMessageContaining("Option eventTypes is required");
        assertThatThrownBy(() -> context.getEndpoint("timelinesai-partner:events?eventTypes=workspace:nothing"))
                .rootCause().hasMessageContaining("Unknown partner event type");
    }

    private static List<String> enumsOf(Field f, String declared) {
        if (f.getType().isEnum()) {
            return Arrays.stream(f.getType().getEnumConstants()).map(String::valueOf).toList();
        }
        return declared.isEmpty() ? List.of() : List.of(declared.split(","));
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> result.add(n.asText()));
        }
        return result;
    }
}
