package dev.seed.camel.timelinesai;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seed.camel.timelinesai.testsupport.CatalogDescriptions;
import dev.seed.camel.timelinesai.testsupport.OptionFields;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated catalog JSON describes every operation, option and header, and Camel's catalog accepts it. */
class CatalogTest {
    private static final String JSON = "META-INF/dev/seed/camel/timelinesai/timelinesai.json";
    private static JsonNode model;
    private static String text;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = CatalogTest.class.getClassLoader().getResourceAsStream(JSON)) {
            assertThat(in).as(JSON + " on the classpath").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        model = new ObjectMapper().readTree(text);
    }

    @Test
    void componentIsProducerAndConsumerChatComponent() {
        JsonNode component = model.get("component");
        assertThat(component.get("scheme").asText()).isEqualTo("timelinesai");
        assertThat(component.get("syntax").asText()).isEqualTo("timelinesai:api/operation");
        assertThat(component.get("producerOnly").asBoolean()).isFalse();
        assertThat(component.get("consumerOnly").asBoolean()).isFalse();
        assertThat(component.get("label").asText()).contains("chat");
        assertThat(component.get("description").asText()).isNotBlank().doesNotContain("{");
    }

    @Test
    void everyOperationIsAnEnumOfThePath() {
        JsonNode api = model.get("properties").get("api");
        assertThat(api.get("kind").asText()).isEqualTo("path");
        List<String> apis = strings(api.get("enum"));
        for (TimelinesAiApiName name : TimelinesAiApiName.values()) {
            assertThat(apis).contains(name.name());
        }
        JsonNode operation = model.get("properties").get("operation");
        assertThat(operation.get("kind").asText()).isEqualTo("path");
        List<String> operations = strings(operation.get("enum"));
        for (TimelinesAiOperation op : TimelinesAiOperation.values()) {
            assertThat(operations).as(op.toString()).contains(op.operationName());
            assertThat(operation.get("description").asText()).contains(op.operationName());
        }
    }

    @Test
    void theCatalogAndTheDocsListExactlyTheOperationsOfEachApiGroup() throws Exception {
        String description = model.get("properties").get("operation").get("description").asText();
        java.util.Set<String> union = new java.util.LinkedHashSet<>();
        for (TimelinesAiApiName api : TimelinesAiApiName.values()) {
            List<String> names = TimelinesAiOperation.of(api).stream().map(TimelinesAiOperation::operationName).toList();
            if (names.isEmpty()) {
                continue; // timelinesai:events is a consumer: no operations
            }
            union.addAll(names);
            java.util.regex.Matcher group = java.util.regex.Pattern.compile("[ ;]" + api.name() + ": ([^;.]+)[;.]")
                    .matcher(description);
            assertThat(group.find()).as("the catalog lists the operations of " + api).isTrue();
            assertThat(List.of(group.group(1).split(", "))).as("operations of " + api + " in the catalog")
                    .containsExactlyElementsOf(names);
        }
        assertThat(strings(model.get("properties").get("operation").get("enum")))
                .containsExactlyInAnyOrderElementsOf(union);
        String adoc = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/docs/timelinesai-component.adoc"));
        java.util.Set<String> documented = new java.util.TreeSet<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| `([a-zA-Z]+)/([a-zA-Z]+)` \\|").matcher(adoc);
        while (row.find()) {
            documented.add(row.group(1) + "/" + row.group(2));
        }
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (TimelinesAiOperation op : TimelinesAiOperation.values()) {
            expected.add(op.toString());
        }
        assertThat(documented).as("api/operation pairs of the docs' operations table").isEqualTo(expected);
    }

    @Test
    void everyOptionHasADescription() {
        JsonNode properties = model.get("properties");
        List<String> expected = new ArrayList<>();
        for (Field f : OptionFields.ofProducerOptions()) {
            if (f.isAnnotationPresent(UriParam.class) || f.isAnnotationPresent(UriPath.class)) {
                expected.add(f.getName());
            }
        }
        assertThat(expected).hasSizeGreaterThan(50);
        for (String name : expected) {
            JsonNode p = properties.get(name);
            assertThat(p).as("option " + name).isNotNull();
            assertThat(p.path("description").asText()).as("description of " + name).hasSizeGreaterThan(10);
        }
        properties.fields().forEachRemaining(e -> assertThat(e.getValue().path("description").asText())
                .as("description of " + e.getKey()).isNotBlank());
        model.get("componentProperties").fields().forEachRemaining(e -> assertThat(
                e.getValue().path("description").asText()).as("component option " + e.getKey()).isNotBlank());
        assertThat(properties.get("token").get("secret").asBoolean()).isTrue();
        assertThat(model.get("componentProperties").get("token").get("secret").asBoolean()).isTrue();
        assertThat(properties.get("maxPages").get("defaultValue").asText()).isEqualTo("100");
    }

    @Test
    void everyDescriptionReachesTheCatalogWhole() {
        assertThat(CatalogDescriptions.problems(model, TimelinesAiEventsConfiguration.class,
                TimelinesAiComponent.class)).isEmpty();
    }

    @Test
    void catalogDefaultsMatchTheFields() throws Exception {
        int checked = 0;
        for (Class<?> options : OptionFields.PRODUCER_OPTION_CLASSES) {
            Object fresh = options.getDeclaredConstructor().newInstance();
            for (Field f : OptionFields.of(options)) {
                JsonNode p = model.get("properties").get(f.getName());
                if (p == null || !p.has("defaultValue") || f.getType() == Boolean.class) {
                    continue;
                }
                f.setAccessible(true);
                assertThat(String.valueOf(f.get(fresh))).as("default of " + f.getName())
                        .isEqualTo(p.get("defaultValue").asText());
                checked++;
            }
        }
        TimelinesAiComponent component = new TimelinesAiComponent();
        for (Field f : OptionFields.of(TimelinesAiComponent.class)) {
            JsonNode p = model.get("componentProperties").get(f.getName());
            if (p == null || !p.has("defaultValue")) {
                continue;
            }
            f.setAccessible(true);
            assertThat(String.valueOf(f.get(component))).as("component default of " + f.getName())
                    .isEqualTo(p.get("defaultValue").asText());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(12);
    }

    @Test
    void everyHeaderHasADescriptionAndType() throws Exception {
        JsonNode headers = model.get("headers");
        int count = 0;
        for (Field f : TimelinesAiConstants.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.isAnnotationPresent(Metadata.class)) {
                String name = (String) f.get(null);
                assertThat(name).startsWith("CamelTimelinesAi");
                JsonNode h = headers.get(name);
                assertThat(h).as("header " + name).isNotNull();
                assertThat(h.path("description").asText()).as("description of " + name).hasSizeGreaterThan(10);
                assertThat(h.path("javaType").asText()).as("javaType of " + name).isNotBlank();
                count++;
            }
        }
        assertThat(count).isEqualTo(headers.size()).isGreaterThan(20);
    }

    @Test
    void camelCatalogValidatesUris() {
        CamelCatalog catalog = new DefaultCamelCatalog();
        catalog.addComponent("timelinesai", TimelinesAiComponent.class.getName(), text);
        EndpointValidationResult good = catalog.validateEndpointProperties(
                "timelinesai:chats/list?followPages=true&maxPages=3&group=true");
        assertThat(good.isSuccess()).as(good.summaryErrorMessage(false)).isTrue();
        EndpointValidationResult bad = catalog.validateEndpointProperties("timelinesai:chats/list?colour=blue&group=maybe");
        assertThat(bad.isSuccess()).isFalse();
        assertThat(bad.getUnknown()).contains("colour");
        EndpointValidationResult badOperation = catalog.validateEndpointProperties("timelinesai:chats/fly");
        assertThat(badOperation.isSuccess()).isFalse();
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
