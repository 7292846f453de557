package dev.seed.camel.timelinesai;

import java.util.Map;

import dev.seed.camel.timelinesai.simulator.Seeder;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The documented Camel Main setup: the template class found by the Java routes pattern, instantiated from YAML. */
class PacedSendYamlMainTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.create();

    @Test
    void yamlTemplatedRouteSendsThroughTheTemplate() throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.main.routesBuilderClasses",
                "dev.seed.camel.timelinesai.TimelinesAiPacedSendRouteTemplate");
        main.configure().withRoutesIncludePattern("classpath:routes/timelinesai-paced-send.yaml");
        main.addInitialProperty("camel.component.timelinesai.baseUrl", SIMULATOR.baseUrl());
        main.addInitialProperty("camel.component.timelinesai.token", SIMULATOR.token());
        main.start();
        try {
            assertThat(main.getCamelContext().getRoute("campaign")).isNotNull();
            ProducerTemplate template = main.getCamelContext().createProducerTemplate();
            template.sendBodyAndHeaders("seda:campaign", "from YAML", Map.of(TimelinesAiConstants.PHONE, "+15550001234",
                    TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, Seeder.ACCOUNT_PHONES.get(1)));
            await().atMost(10, SECONDS).until(() -> SIMULATOR.simulator().admin().sent().size() == 1);
            assertThat(SIMULATOR.simulator().admin().sent().get(0).path("account_phone").asText())
                    .isEqualTo(Seeder.ACCOUNT_PHONES.get(1));
        } finally {
            main.stop();
        }
    }
}
