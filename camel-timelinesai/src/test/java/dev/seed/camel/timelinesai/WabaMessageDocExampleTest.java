package dev.seed.camel.timelinesai;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.seed.camel.timelinesai.model.MessageStatus;
import dev.seed.camel.timelinesai.model.waba.WabaTemplatePage;
import dev.seed.camel.timelinesai.testsupport.AdocYamlBlocks;
import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The YAML example of the component page's "WABA messages and templates", run as written against the simulator. */
class WabaMessageDocExampleTest extends WabaProducerTestSupport {
    private static final String CUSTOMER = "+15551230000";

    private void loadTheExample() throws Exception {
        String doc = Files.readString(Path.of("src/main/docs/timelinesai-component.adoc"), StandardCharsets.UTF_8);
        String yaml = AdocYamlBlocks.of(doc).stream().filter(b -> b.contains("uri: direct:orderShipped"))
                .findFirst().orElseThrow();
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("waba-example.yaml", yaml));
    }

    @Test
    void theTemplateRouteSendsAndSeesItDelivered() throws Exception {
        loadTheExample();
        Exchange exchange = ok("direct:orderShipped", Map.of("phone", CUSTOMER, "name", "Dana", "orderId", "A-1027"));
        assertThat(exchange.getMessage().getBody(MessageStatus.class).status()).isEqualTo("Delivered");
        String uid = exchange.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID, String.class);
        assertThat(simulator().state().waba().message(uid).orElseThrow().message().text())
                .isEqualTo("Hi Dana, your order A-1027 has shipped.");
        assertThat(simulator().state().waba().chatWith(ACCOUNT, CUSTOMER)).isPresent();
        assertNoWabaContractViolations();
    }

    @Test
    void theTemplateListRouteReadsEveryPage() throws Exception {
        loadTheExample();
        Exchange exchange = ok("direct:templates", null);
        assertThat(exchange.getMessage().getBody(WabaTemplatePage.class).templates()).hasSize(8);
    }
}
