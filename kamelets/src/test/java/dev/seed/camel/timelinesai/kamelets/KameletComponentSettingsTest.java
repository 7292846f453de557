package dev.seed.camel.timelinesai.kamelets;

import java.nio.file.Files;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerComponent;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.WorkspaceAdmin;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin.SentMessage;
import dev.seed.camel.timelinesai.simulator.partner.PartnerSimulation;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kamelets given neither a base URL nor credentials use the components' own (camel.component.timelinesai.* and
 * camel.component.timelinesai-partner.*), here pointed at the simulator: nothing goes to the production hosts.
 */
class KameletComponentSettingsTest extends KameletTestSupport {
    private static final String CONTACT = "+4930123456";
    private static final String PARTNER_PATH = "/partner/component-settings";
    private final Path pollState = Path.of("target", "kamelet-component-poll-" + UUID.randomUUID() + ".json");

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TimelinesAiComponent workspace = new TimelinesAiComponent();
        workspace.setToken(SIMULATOR.token());
        workspace.setBaseUrl(SIMULATOR.baseUrl());
        context.addComponent("timelinesai", workspace);
        TimelinesAiPartnerComponent partner = new TimelinesAiPartnerComponent();
        partner.setPartnerId(simulator().options().partnerId());
        partner.setPartnerSecret(simulator().options().partnerSecret());
        partner.setBaseUrl(simulator().rootUrl() + PartnerSimulation.PREFIX);
        context.addComponent("timelinesai-partner", partner);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sink").to("kamelet:timelinesai-sink");
                from("direct:paced").to("kamelet:timelinesai-paced-sink?interval=10");
                from("direct:waba").to("kamelet:timelinesai-waba-sink?wabaAccountId=" + WabaSeeder.ACCOUNT_ACTIVE
                        + "&templateName=hello_world&templateLanguage=en_US");
                from("kamelet:timelinesai-source?mode=poll&pollDelay=200&pollStateFile=" + pollState)
                        .to("mock:events");
                from("kamelet:timelinesai-partner-source?webhookPath=" + PARTNER_PATH).to("mock:partner");
            }
        };
    }

    @Test
    void sinksSendThroughTheComponentsBaseUrlWithItsToken() {
        Object uid = template.requestBodyAndHeaders("direct:sink", "From the sink", Map.of("phone", CONTACT));
        template.requestBodyAndHeaders("direct:paced", "From the paced sink", Map.of("phone", CONTACT));

        assertThat(admin().sentMessages()).extracting(SentMessage::text)
                .containsExactly("From the sink", "From the paced sink");
        assertThat(uid).isEqualTo(admin().sentMessages().get(0).messageUid());

        Object wabaUid = template.requestBodyAndHeaders("direct:waba", "", Map.of("phone", CONTACT));
        assertThat(simulator().state().waba().message((String) wabaUid)).hasValueSatisfying(
                m -> assertThat(m.template().name()).isEqualTo("hello_world"));
    }

    @Test
    void sourcePollsTheComponentsBaseUrlWithItsToken() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(pollState));

        MessagingAdmin.Inbound inbound = admin().injectInbound(CONTACT, "Component", "Hello component");

        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(Duration.ofSeconds(15)).until(() -> events.getReceivedExchanges().stream()
                .anyMatch(e -> inbound.messageUid().equals(e.getMessage().getHeader("CamelTimelinesAiMessageUid"))));
    }

    @Test
    void partnerSourceChecksSignaturesWithTheComponentsSecret() throws Exception {
        admin().setPartnerWebhookUrl(localUrl() + PARTNER_PATH);
        admin().setQuotas(WorkspaceAdmin.QuotaUpdate.messaging(10, 8));
        template.requestBodyAndHeaders("direct:sink", "one", Map.of("phone", CONTACT));
        template.requestBodyAndHeaders("direct:sink", "two", Map.of("phone", CONTACT));

        MockEndpoint partner = getMockEndpoint("mock:partner");
        await().atMost(Duration.ofSeconds(15)).until(() -> partner.getReceivedExchanges().stream()
                .anyMatch(e -> "workspace:quota_full:messaging"
                        .equals(e.getMessage().getHeader("CamelTimelinesAiPartnerEventType"))));
    }
}
