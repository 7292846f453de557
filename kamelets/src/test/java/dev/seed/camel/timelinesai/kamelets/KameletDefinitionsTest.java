package dev.seed.camel.timelinesai.kamelets;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kamelet files in the jar follow the apache/camel-kamelets format and say what their templates use. */
class KameletDefinitionsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z]+)}}");
    private static final List<String> COMPONENT_SETTINGS = List.of("token", "baseUrl", "partnerId", "partnerSecret");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(token|secret|password).*");

    @ParameterizedTest
    @ValueSource(strings = { "timelinesai-sink", "timelinesai-paced-sink", "timelinesai-waba-sink", "timelinesai-source",
        "timelinesai-partner-source" })
    void definitionMatchesTemplate(String name) throws Exception {
        String text = read(name);
        Map<String, Object> kamelet = yaml(text);
        assertThat(kamelet.get("apiVersion")).isEqualTo("camel.apache.org/v1");
        assertThat(kamelet.get("kind")).isEqualTo("Kamelet");
        Map<String, Object> metadata = map(kamelet.get("metadata"));
        assertThat(metadata.get("name")).isEqualTo(name);
        String type = name.endsWith("-source") ? "source" : "sink";
        assertThat(map(metadata.get("labels"))).containsEntry("camel.apache.org/kamelet.type", type);
        Map<String, Object> annotations = map(metadata.get("annotations"));
        assertThat((String) annotations.get("camel.apache.org/kamelet.icon")).startsWith("data:image/svg+xml;base64,");
        assertThat(annotations).containsKeys("camel.apache.org/kamelet.support.level", "camel.apache.org/provider",
                "camel.apache.org/catalog.version");

        Map<String, Object> spec = map(kamelet.get("spec"));
        Map<String, Object> definition = map(spec.get("definition"));
        assertThat((String) definition.get("title")).isNotBlank();
        assertThat((String) definition.get("description")).isNotBlank();
        Map<String, Object> properties = map(definition.get("properties"));
        @SuppressWarnings("unchecked")
        List<String> required = (List<String>) definition.getOrDefault("required", List.of());
        assertThat(properties.keySet()).containsAll(required);

        for (Map.Entry<String, Object> p : properties.entrySet()) {
            Map<String, Object> property = map(p.getValue());
            assertThat((String) property.get("title")).as(p.getKey()).isNotBlank();
            assertThat((String) property.get("description")).as(p.getKey()).isNotBlank();
            assertThat(property.get("type")).as(p.getKey()).isIn("string", "integer", "boolean");
            boolean secret = SECRET_NAME.matcher(p.getKey()).matches();
            assertThat(property.get("format")).as("format of " + p.getKey()).isEqualTo(secret ? "password" : null);
            if (secret) {
                assertThat(property.get("x-descriptors")).asList().contains("urn:camel:group:credentials");
            }
            if (property.containsKey("enum")) {
                assertThat(property.get("enum")).asList().contains(property.get("default"));
            }
        }

        String template = text.substring(text.indexOf("  template:"));
        Set<String> used = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            used.add(m.group(1));
        }
        used.removeAll(beanNames(spec));
        assertThat(properties.keySet()).as("properties of " + name).containsAll(used);
        assertThat(used).as("every property is used by the template").containsAll(properties.keySet());
        for (String r : required) {
            assertThat(template).as("required " + r + " is not optional").contains("{{" + r + "}}");
        }
        // connection settings left unset fall back to the component's (camel.component.<scheme>.<option>)
        for (String option : COMPONENT_SETTINGS) {
            if (properties.containsKey(option)) {
                assertThat(required).as(option + " of " + name).doesNotContain(option);
                assertThat(map(properties.get(option))).as(option + " of " + name).doesNotContainKey("default");
                assertThat(template).as(option + " of " + name).contains(option + ": \"{{?" + option + "}}\"")
                        .doesNotContain("{{" + option + "}}");
            }
        }
        assertThat(properties).as(name + " names its connection settings").containsKey("baseUrl");

        @SuppressWarnings("unchecked")
        List<String> dependencies = (List<String>) spec.get("dependencies");
        assertThat(dependencies).contains("camel:kamelet",
                "mvn:dev.seed.camel:camel-timelinesai:" + System.getProperty("project.version"));
        if (name.startsWith("timelinesai-partner")) {
            assertThat(dependencies).contains("mvn:dev.seed.camel:camel-timelinesai-partner:"
                    + System.getProperty("project.version"));
        }
        assertThat(text).doesNotContain("@project.version@");
    }

    @Test
    void pacedSinkIsTheSinkWithAnAccountGateInFrontOfTheSend() throws Exception {
        List<Object> sink = steps(yaml(read("timelinesai-sink")));
        List<Object> paced = new ArrayList<>(steps(yaml(read("timelinesai-paced-sink"))));
        Object gate = paced.remove(paced.size() - 2);
        assertThat(paced).isEqualTo(sink);
        assertThat(map(map(gate).get("process"))).containsEntry("ref", "{{accountGate}}");
    }

    /** The names of the template's local beans, which the template references as {@code {{name}}} too. */
    private static Set<String> beanNames(Map<String, Object> spec) {
        Set<String> names = new HashSet<>();
        Object beans = map(spec.get("template")).get("beans");
        if (beans != null) {
            for (Object bean : (List<?>) beans) {
                names.add((String) map(bean).get("name"));
            }
        }
        return names;
    }

    private static List<Object> steps(Map<String, Object> kamelet) {
        Map<String, Object> from = map(map(map(kamelet.get("spec")).get("template")).get("from"));
        @SuppressWarnings("unchecked")
        List<Object> steps = (List<Object>) from.get("steps");
        return steps;
    }

    private static String read(String name) throws Exception {
        try (InputStream in = KameletDefinitionsTest.class.getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
