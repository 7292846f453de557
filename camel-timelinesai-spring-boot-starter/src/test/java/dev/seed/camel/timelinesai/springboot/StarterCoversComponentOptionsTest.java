package dev.seed.camel.timelinesai.springboot;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerComponent;
import org.apache.camel.spi.Metadata;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every option a component declares has a starter property, and the starter declares none the component lacks. */
class StarterCoversComponentOptionsTest {
    /** Options of Camel's DefaultComponent that the generated starters of Camel expose through the common base. */
    private static final Set<String> INHERITED = Set.of("autowiredEnabled", "enabled", "customizer");

    @Test
    void timelinesaiStarterHasEveryComponentOption() throws Exception {
        assertThat(properties(TimelinesAiComponentConfiguration.class))
                .isEqualTo(componentOptions(TimelinesAiComponent.class));
    }

    @Test
    void partnerStarterHasEveryComponentOption() throws Exception {
        assertThat(properties(TimelinesAiPartnerComponentConfiguration.class))
                .isEqualTo(componentOptions(TimelinesAiPartnerComponent.class));
    }

    @Test
    void configurationMetadataDescribesEveryPropertyOfBothStarters() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the configuration processor's metadata").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        for (Class<?> configuration : List.of(TimelinesAiComponentConfiguration.class,
                TimelinesAiPartnerComponentConfiguration.class)) {
            String prefix = configuration.getAnnotation(ConfigurationProperties.class).prefix();
            Set<String> expected = new TreeSet<>(properties(configuration));
            expected.add("enabled");
            for (String property : expected) {
                String name = prefix + "." + kebab(property);
                JsonNode entry = find(metadata, name);
                assertThat(entry).as("metadata of " + name).isNotNull();
                assertThat(entry.path("description").asText()).as("description of " + name).isNotBlank();
                assertThat(entry.path("type").asText()).as("type of " + name).isNotBlank();
            }
        }
        // the shared base's defaults reach both starters' metadata
        assertThat(find(metadata, "camel.component.timelinesai-partner.connect-timeout").path("defaultValue").asInt())
                .isEqualTo(10000);
        assertThat(find(metadata, "camel.component.timelinesai.response-timeout").path("defaultValue").asInt())
                .isEqualTo(30000);
    }

    @Test
    void sharedOptionsAreDeclaredOnceInTheBase() {
        Set<String> shared = new TreeSet<>();
        for (Field f : TimelinesAiHttpComponentConfiguration.class.getDeclaredFields()) {
            shared.add(f.getName());
        }
        assertThat(shared).contains("connectTimeout", "sslContextParameters", "proxyHost", "httpClient");
        for (Class<?> configuration : List.of(TimelinesAiComponentConfiguration.class,
                TimelinesAiPartnerComponentConfiguration.class)) {
            assertThat(Arrays.stream(configuration.getDeclaredFields()).map(Field::getName))
                    .as(configuration.getSimpleName()).doesNotContainAnyElementsOf(shared);
        }
    }

    private static JsonNode find(JsonNode metadata, String name) {
        for (JsonNode p : metadata.path("properties")) {
            if (name.equals(p.path("name").asText())) {
                return p;
            }
        }
        return null;
    }

    private static String kebab(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static Set<String> componentOptions(Class<?> component) {
        Set<String> names = new TreeSet<>(List.of("lazyStartProducer", "bridgeErrorHandler"));
        // the component's own options and those it inherits from this project's base classes (not Camel's)
        for (Class<?> c = component; c.getPackageName().startsWith("dev.seed.camel.timelinesai"); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Metadata.class)) {
                    names.add(f.getName());
                }
            }
            // options whose @Metadata sits on the setter (their value is kept elsewhere)
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Metadata.class) && m.getName().startsWith("set")) {
                    names.add(Introspector.decapitalize(m.getName().substring(3)));
                }
            }
        }
        return names;
    }

    private static Set<String> properties(Class<?> configuration) throws Exception {
        Set<String> names = new TreeSet<>();
        Arrays.stream(Introspector.getBeanInfo(configuration).getPropertyDescriptors())
                .filter(p -> p.getWriteMethod() != null)
                .map(PropertyDescriptor::getName)
                .filter(n -> !INHERITED.contains(n))
                .forEach(names::add);
        return names;
    }
}
