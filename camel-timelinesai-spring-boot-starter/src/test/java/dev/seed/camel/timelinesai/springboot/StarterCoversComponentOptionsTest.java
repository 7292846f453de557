package dev.seed.camel.timelinesai.springboot;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerComponent;
import org.apache.camel.spi.Metadata;
import org.junit.jupiter.api.Test;

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

    private static Set<String> componentOptions(Class<?> component) {
        Set<String> names = new TreeSet<>(List.of("lazyStartProducer", "bridgeErrorHandler"));
        // the component's own options and those it inherits from this project's base classes (not Camel's)
        for (Class<?> c = component; c.getPackageName().startsWith("dev.seed.camel.timelinesai"); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Metadata.class)) {
                    names.add(f.getName());
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
