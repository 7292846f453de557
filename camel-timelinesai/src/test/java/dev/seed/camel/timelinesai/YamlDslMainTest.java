package dev.seed.camel.timelinesai;

import dev.seed.camel.timelinesai.model.WebhookInfo;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A YAML DSL route run by Camel Main, configured only through properties, end to end against the simulator. */
class YamlDslMainTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.create();

    @Test
    void yamlRouteRunsAgainstTheSimulator() throws Exception {
        Main main = new Main();
        main.configure().withRoutesIncludePattern("classpath:routes/timelinesai-webhooks.yaml");
        main.addInitialProperty("camel.component.timelinesai.baseUrl", SIMULATOR.baseUrl());
        main.addInitialProperty("camel.component.timelinesai.token", SIMULATOR.token());
        main.addInitialProperty("hook.url", "https://hooks.example.com/from-yaml");
        main.start();
        try {
            ProducerTemplate template = main.getCamelContext().createProducerTemplate();
            WebhookInfo webhook = template.requestBody("direct:register", null, WebhookInfo.class);
            assertThat(webhook.url()).isEqualTo("https://hooks.example.com/from-yaml");
            assertThat(webhook.eventType()).isEqualTo("message:received:new");
            assertThat(SIMULATOR.simulator().state().webhook(webhook.id())).isPresent();

            Integer accounts = template.requestBody("direct:accounts", null, Integer.class);
            assertThat(accounts).isEqualTo(3);
            assertThat(VendorSpecs.publicViolations(SIMULATOR.simulator())).filteredOn(v -> v.direction().equals("request"))
                    .isEmpty();
        } finally {
            main.stop();
        }
    }
}
