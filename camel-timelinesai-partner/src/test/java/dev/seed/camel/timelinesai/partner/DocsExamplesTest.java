package dev.seed.camel.timelinesai.partner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.seed.camel.timelinesai.testsupport.AdocYamlBlocks;
import dev.seed.camel.timelinesai.testsupport.OptionFields;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The YAML examples of the adoc parse as Camel routes, and the adoc names every operation, option, header and event. */
class DocsExamplesTest {
    private static final Path DOC = Path.of("src/main/docs/timelinesai-partner-component.adoc");

    @Test
    void yamlExamplesLoad() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> blocks = AdocYamlBlocks.of(doc);
        assertThat(blocks).isNotEmpty();
        for (int i = 0; i < blocks.size(); i++) {
            try (DefaultCamelContext context = new DefaultCamelContext()) {
                PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("example" + i + ".yaml",
                        blocks.get(i)));
                assertThat(context.getRouteDefinitions()).as("YAML example %d:%n%s", i, blocks.get(i))
                        .hasSize(blocks.get(i).split("(?m)^- route:", -1).length - 1).isNotEmpty();
            }
        }
    }

    @Test
    void docNamesEveryOperationOptionHeaderAndEvent() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (TimelinesAiPartnerOperation op : TimelinesAiPartnerOperation.values()) {
            assertThat(doc).contains("`" + op + "`");
        }
        for (Class<?> options : new Class<?>[] { TimelinesAiPartnerConfiguration.class,
            TimelinesAiPartnerEventsConfiguration.class }) {
            for (java.lang.reflect.Field f : OptionFields.of(options)) {
                if (f.isAnnotationPresent(UriParam.class)) {
                    assertThat(doc).as("option " + f.getName()).contains("*" + f.getName() + "*");
                }
            }
        }
        for (java.lang.reflect.Field f : TimelinesAiPartnerConstants.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(Metadata.class)) {
                assertThat(doc).contains((String) f.get(null));
            }
        }
        for (String type : dev.seed.camel.timelinesai.partner.event.PartnerEvents.ALL) {
            assertThat(doc).contains("`" + type + "`");
        }
        assertThat(doc).contains("whatsapp_account:connected").contains("tokens/get?tokenTarget=timelinesai");
    }
}
