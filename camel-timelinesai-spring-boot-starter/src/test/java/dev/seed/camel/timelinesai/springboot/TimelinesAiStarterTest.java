package dev.seed.camel.timelinesai.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerComponent;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.partner.PartnerSimulation;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Boots a Spring Boot application with the starter, configured from application.properties alone, and sends and
 * receives through the simulator; the webhook consumer runs on Boot's own HTTP server through platform-http.
 */
@SpringBootTest(classes = TimelinesAiBootApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class TimelinesAiStarterTest {
    private static final String CONTACT = "+4930123456";

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.create();

    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate template;
    @Autowired
    TimelinesAiBootApplication.RecordingHttpClientConfigurer configurer;

    @BeforeAll
    static void pointThePropertiesAtTheSimulator() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            System.setProperty("test.server.port", String.valueOf(socket.getLocalPort()));
        }
        System.setProperty("test.simulator.base-url", SIMULATOR.baseUrl());
        System.setProperty("test.simulator.token", SIMULATOR.token());
        System.setProperty("test.simulator.partner-url", SIMULATOR.simulator().rootUrl() + PartnerSimulation.PREFIX);
        System.setProperty("test.simulator.partner-id", SIMULATOR.simulator().options().partnerId());
        System.setProperty("test.simulator.partner-secret", SIMULATOR.simulator().options().partnerSecret());
    }

    @Test
    void thePropertiesReachTheComponents() {
        TimelinesAiComponent publicApi = camelContext.getComponent("timelinesai", TimelinesAiComponent.class);
        assertThat(publicApi.getBaseUrl()).isEqualTo(SIMULATOR.baseUrl());
        assertThat(publicApi.getResponseTimeout()).isEqualTo(20000);
        assertThat(publicApi.getHttpClientConfigurer()).isSameAs(configurer);
        TimelinesAiPartnerComponent partner = camelContext.getComponent("timelinesai-partner",
                TimelinesAiPartnerComponent.class);
        assertThat(partner.getPartnerId()).isEqualTo(SIMULATOR.simulator().options().partnerId());
    }

    @Test
    void sendsThroughTheConfiguredComponent() {
        Object uid = template.requestBodyAndHeader("direct:send", "Hello from Spring Boot",
                TimelinesAiConstants.PHONE, CONTACT);

        List<MessagingAdmin.SentMessage> sent = SIMULATOR.simulator().admin().sentMessages();
        assertThat(sent).anySatisfy(m -> {
            assertThat(m.messageUid()).isEqualTo(uid);
            assertThat(m.phone()).isEqualTo(CONTACT);
            assertThat(m.text()).isEqualTo("Hello from Spring Boot");
        });
        assertThat(configurer.uses()).as("the #bean: HTTP client configurer was used").isPositive();
    }

    @Test
    void receivesWebhooksOnTheBootServer() {
        MessagingAdmin.Inbound inbound = SIMULATOR.simulator().admin()
                .injectInbound(CONTACT, "Boot Contact", "Hello Boot");

        MockEndpoint received = camelContext.getEndpoint("mock:received", MockEndpoint.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> received.getReceivedExchanges().stream()
                .anyMatch(e -> inbound.messageUid().equals(e.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID))));
        Exchange exchange = received.getReceivedExchanges().stream()
                .filter(e -> inbound.messageUid().equals(e.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID)))
                .findFirst().orElseThrow();
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.CHAT_ID)).isEqualTo(inbound.chatId());
    }

    @Test
    void callsThePartnerApiWithThePartnerProperties() {
        Object workspace = template.requestBodyAndHeader("direct:partner", null,
                "CamelTimelinesAiPartnerDisplayName", "Boot Dental");
        assertThat(workspace).isNotNull();
        assertThat(String.valueOf(workspace)).contains("Boot Dental");
    }

    @Test
    void propertyMetadataDescribesBothComponents() throws IOException {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-configuration-metadata.json").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        metadata.get("properties").forEach(p -> byName.put(p.get("name").asText(), p));
        assertThat(byName).containsKeys("camel.component.timelinesai.token", "camel.component.timelinesai.base-url",
                "camel.component.timelinesai.http-client", "camel.component.timelinesai-partner.partner-secret",
                "camel.component.timelinesai-partner.partner-id");
        assertThat(byName.get("camel.component.timelinesai.token").path("description").asText())
                .contains("Public API token");
        assertThat(byName.get("camel.component.timelinesai.base-url").path("defaultValue").asText())
                .isEqualTo("https://app.timelines.ai/integrations/api");
    }
}
