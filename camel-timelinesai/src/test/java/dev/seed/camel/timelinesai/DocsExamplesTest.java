package dev.seed.camel.timelinesai;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.seed.camel.timelinesai.testsupport.AdocYamlBlocks;
import dev.seed.camel.timelinesai.testsupport.OptionFields;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The YAML examples of the component's adoc parse as Camel routes, and the adoc names every operation and option. */
class DocsExamplesTest {
    private static final Path DOC = Path.of("src/main/docs/timelinesai-component.adoc");

    @Test
    void yamlExamplesLoad() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> blocks = AdocYamlBlocks.of(doc);
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(7);
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).contains("- route:")) {
                continue;
            }
            try (DefaultCamelContext context = new DefaultCamelContext()) {
                PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("example" + i + ".yaml",
                        blocks.get(i)));
                assertThat(context.getRouteDefinitions()).as("YAML example %d:%n%s", i, blocks.get(i)).isNotEmpty();
            }
        }
    }

    @Test
    void docNamesEveryOperationAndOption() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (TimelinesAiOperation op : TimelinesAiOperation.values()) {
            assertThat(doc).contains("`" + op + "`");
        }
        for (java.lang.reflect.Field f : OptionFields.ofProducerOptions()) {
            if (f.isAnnotationPresent(org.apache.camel.spi.UriParam.class)) {
                assertThat(doc).as("option " + f.getName()).contains("*" + f.getName() + "*");
            }
        }
        for (java.lang.reflect.Field f : TimelinesAiConstants.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(org.apache.camel.spi.Metadata.class)) {
                assertThat(doc).contains((String) f.get(null));
            }
        }
    }
}
