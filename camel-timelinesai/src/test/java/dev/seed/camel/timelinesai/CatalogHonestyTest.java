package dev.seed.camel.timelinesai;

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
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generated catalog JSON, read through Camel's own catalog (camel-catalog 4.18.0), tells the truth about the
 * code: realistic URIs validate and wrong ones are refused with the catalog's message, and the labels, secret
 * flags, defaults and enum values match the configuration classes and what endpoints accept when created.
 */
class CatalogHonestyTest {
    private static final String JSON = "META-INF/dev/seed/camel/timelinesai/timelinesai.json";
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
        catalog.addComponent("timelinesai", TimelinesAiComponent.class.getName(), text);
        context = new DefaultCamelContext();
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setToken("catalog-test-token");
        context.addComponent("timelinesai", component);
        context.start();
    }

    @AfterAll
    static void stop() {
        context.stop();
    }

    @Test
    void catalogKnowsOurComponentThroughCamelCatalog() {
        assertThat(catalog.findComponentNames()).contains("timelinesai");
        assertThat(catalog.componentModel("timelinesai").getJavaType()).isEqualTo(TimelinesAiComponent.class.getName());
        assertThat(catalog.componentModel("timelinesai").isProducerOnly()).isFalse();
        assertThat(catalog.componentModel("timelinesai").isConsumerOnly()).isFalse();
    }

    @Test
    void realisticUrisValidateAndCreateEndpoints() {
        List<String> uris = List.of(
                "timelinesai:messages/send?phone=%2B14155550100&text=Hello",
                "timelinesai:messages/send?chatId=12345&text=Hi",
                "timelinesai:messages/awaitStatus?expectedStatus=Read&awaitTimeout=120000",
                "timelinesai:chats/list?followPages=true&maxPages=3&group=false&sortingOrder=asc",
                "timelinesai:chats/messages?chatId=7&afterMessage=abc&followPages=true",
                "timelinesai:labels/add?chatId=7&label=vip",
                "timelinesai:webhooks/list",
                "timelinesai:templates/list",
                "timelinesai:events?mode=poll&pollDelay=10000&eventTypes=message:received:new",
                "timelinesai:events?eventTypes=message:received:new,chat:new&webhookPath=/hooks/timelinesai&webhookSecret=k7Qv9xT2mLp4Wz8R"
                        + "&webhookAutoRegister=false",
                "timelinesai:events?eventTypes=message:new&webhookAction=register&webhookExternalUrl=https://example.org/hooks");
        for (String uri : uris) {
            EndpointValidationResult result = catalog.validateEndpointProperties(uri);
            assertThat(result.isSuccess()).as(uri + ": " + result.summaryErrorMessage(false)).isTrue();
            assertThat(context.getEndpoint(uri)).as(uri).isInstanceOf(TimelinesAiEndpoint.class);
        }
    }

    @Test
    void wrongUrisAreRefusedWithTheCatalogsMessage() {
        EndpointValidationResult unknown = catalog.validateEndpointProperties("timelinesai:messages/send?colour=blue");
        assertThat(unknown.getUnknown()).containsExactly("colour");
        assertThat(unknown.summaryErrorMessage(false)).contains("Unknown option").contains("colour");

        EndpointValidationResult api = catalog.validateEndpointProperties("timelinesai:pets/list");
        assertThat(api.getInvalidEnum()).containsKey("api");
        assertThat(api.summaryErrorMessage(false)).contains("Invalid enum value").contains("pets");

        EndpointValidationResult operation = catalog.validateEndpointProperties("timelinesai:chats/fly");
        assertThat(operation.getInvalidEnum()).containsKey("operation");

        EndpointValidationResult mode = catalog.validateEndpointProperties("timelinesai:events?mode=push");
        assertThat(mode.getInvalidEnum()).containsEntry("mode", "push");
        assertThat(mode.getInvalidEnumChoices().get("mode")).containsExactly("webhook", "poll");

        EndpointValidationResult number = catalog.validateEndpointProperties("timelinesai:chats/list?maxPages=many");
        assertThat(number.getInvalidInteger()).containsEntry("maxPages", "many");
        assertThat(number.summaryErrorMessage(false)).contains("Invalid integer value");

        EndpointValidationResult bool = catalog.validateEndpointProperties("timelinesai:chats/list?followPages=maybe");
        assertThat(bool.getInvalidBoolean()).containsEntry("followPages", "maybe");

        EndpointValidationResult duration = catalog.validateEndpointProperties(
                "timelinesai:messages/awaitStatus?awaitTimeout=soon");
        assertThat(duration.isSuccess()).isFalse();
    }

    @Test
    void labelsSecretsAndEnumsMatchTheAnnotations() {
        int checked = 0;
        List<Class<?>> optionClasses = new java.util.ArrayList<>(OptionFields.PRODUCER_OPTION_CLASSES);
        optionClasses.add(TimelinesAiEventsConfiguration.class);
        for (Class<?> options : optionClasses) {
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
        for (Field f : OptionFields.of(TimelinesAiComponent.class)) {
            Metadata meta = f.getAnnotation(Metadata.class);
            if (meta == null) {
                continue;
            }
            JsonNode p = model.get("componentProperties").get(f.getName());
            assertThat(p).as("component option " + f.getName()).isNotNull();
            assertThat(p.path("secret").asBoolean()).as("component secret flag of " + f.getName())
                    .isEqualTo(meta.secret());
            checked++;
        }
        assertThat(checked).isGreaterThan(80);
    }

    @Test
    void everyCredentialIsMarkedSecret() {
        List<String> names = new ArrayList<>();
        model.get("properties").fields().forEachRemaining(e -> names.add(e.getKey()));
        for (String name : names) {
            boolean credential = name.equals("token") || name.endsWith("Secret") || name.endsWith("Token")
                    || name.endsWith("Password") || name.endsWith("Username");
            assertThat(model.get("properties").get(name).path("secret").asBoolean())
                    .as("secret flag of " + name).isEqualTo(credential);
        }
    }

    @Test
    void producerAndConsumerFlagsMatchWhatEndpointsDo() throws Exception {
        Endpoint send = context.getEndpoint("timelinesai:messages/send?phone=%2B14155550100&text=x");
        assertThat(send.createProducer()).isNotNull();
        assertThatThrownBy(() -> send.createConsumer(e -> { }))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("timelinesai:events");
        Endpoint events = context.getEndpoint("timelinesai:events?mode=poll&eventTypes=message:new");
        assertThat(events.createConsumer(e -> { })).isNotNull();
        assertThatThrownBy(events::createProducer).isInstanceOf(UnsupportedOperationException.class);

        // options labelled "consumer" are those of the events consumer, and only they
        for (Field f : OptionFields.of(TimelinesAiEventsConfiguration.class)) {
            if (f.isAnnotationPresent(UriParam.class)) {
                assertThat(model.get("properties").get(f.getName()).path("label").asText())
                        .as("label of consumer option " + f.getName()).startsWith("consumer");
            }
        }
    }

    @Test
    void eventTypesIsRequiredOnlyByTheEventsEndpointSoTheCatalogCannotMarkItRequired() {
        // the option is shared with producer URIs, where it must stay optional: the catalog says required=false
        assertThat(model.get("properties").get("eventTypes").path("required").asBoolean()).isFalse();
        assertThat(catalog.validateEndpointProperties("timelinesai:chats/list").isSuccess()).isTrue();
        assertThatThrownBy(() -> context.getEndpoint("timelinesai:events?mode=poll"))
                .rootCause().hasMessageContaining("Option eventTypes is required for timelinesai:events");
        assertThat(model.get("properties").get("eventTypes").path("description").asText()).isNotBlank();
    }

    @Test
    void defaultsInTheCatalogAreWhatAFreshEndpointHas() {
        TimelinesAiEndpoint producer = (TimelinesAiEndpoint) context.getEndpoint("timelinesai:chats/list");
        TimelinesAiEndpoint consumer = (TimelinesAiEndpoint) context.getEndpoint("timelinesai:events?eventTypes=message:new");
        PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("timelinesai-endpoint", context);
        assertThat(configurer).isInstanceOf(PropertyConfigurerGetter.class);
        PropertyConfigurerGetter getter = (PropertyConfigurerGetter) configurer;
        Map<String, String> mismatches = new LinkedHashMap<>();
        int checked = 0;
        for (var it = model.get("properties").fields(); it.hasNext();) {
            var e = it.next();
            JsonNode p = e.getValue();
            if (!p.has("defaultValue") || "path".equals(p.path("kind").asText())) {
                continue;
            }
            TimelinesAiEndpoint target = p.path("label").asText().startsWith("consumer") ? consumer : producer;
            Object actual = getter.getOptionValue(target, e.getKey(), false);
            String expected = p.get("defaultValue").asText();
            // an unset optional Boolean sends nothing, which the API treats as false: the catalog says false
            boolean unsetBoolean = actual == null && "java.lang.Boolean".equals(p.path("javaType").asText())
                    && "false".equals(expected);
            if (!unsetBoolean && !expected.equals(String.valueOf(actual))) {
                mismatches.put(e.getKey(), "catalog " + expected + ", endpoint " + actual);
            }
            checked++;
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void everyCatalogEnumValueIsAcceptedAndOthersAreRefusedByTheEndpoint() {
        Map<String, String> baseUri = Map.of(
                "expectedStatus", "timelinesai:messages/awaitStatus?",
                "sortingOrder", "timelinesai:chats/list?",
                "role", "timelinesai:workspace/invite?email=a@example.org&",
                "visibility", "timelinesai:templates/create?",
                "mode", "timelinesai:events?eventTypes=message:new&",
                "webhookAction", "timelinesai:events?eventTypes=message:new&webhookExternalUrl=https://example.org/h&",
                "acknowledge", "timelinesai:events?eventTypes=message:new&handoverUri=seda:later&");
        for (Map.Entry<String, String> option : baseUri.entrySet()) {
            List<String> values = strings(model.get("properties").get(option.getKey()).get("enum"));
            assertThat(values).as("enum of " + option.getKey()).isNotEmpty();
            for (String value : values) {
                String uri = option.getValue() + option.getKey() + "=" + value;
                assertThat(catalog.validateEndpointProperties(uri).isSuccess()).as(uri).isTrue();
                assertThat(context.getEndpoint(uri)).as(uri).isNotNull();
            }
            String wrong = option.getValue() + option.getKey() + "=bogus";
            assertThat(catalog.validateEndpointProperties(wrong).getInvalidEnum()).as(wrong).containsKey(option.getKey());
            assertThatThrownBy(() -> context.getEndpoint(wrong)).as(wrong)
                    .rootCause().hasMessageContaining(option.getKey());
        }
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
