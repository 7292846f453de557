package dev.seed.camel.timelinesai.kamelets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** timelinesai-source in webhook mode (registered with the simulator) and in poll mode, emitting JSON. */
class TimelinesAiSourceKameletTest extends KameletTestSupport {
    private static final String CONTACT = "+4930123456";
    private static final ObjectMapper JSON = new ObjectMapper();
    // one cursor file per test method: the simulator is reset before each, so a cursor from another is stale
    private final Path pollState = Path.of("target", "kamelet-poll-" + UUID.randomUUID() + ".json");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:timelinesai-source?token={{sim.token}}&baseUrl={{sim.url}}"
                        + "&eventTypes=message:received:new,chat:new&webhookPath=/hooks/kamelet"
                        + "&webhookExternalUrl={{local.url}}&webhookSecret=kamelet-test-secret-0123")
                        .routeId("webhook").to("mock:webhook");
                from("kamelet:timelinesai-source?token={{sim.token}}&baseUrl={{sim.url}}&mode=poll&pollDelay=200"
                        + "&eventTypes=message:received:new&pollStateFile=" + pollState)
                        .routeId("poll").to("mock:poll");
                // optional properties left out: no secret given, so the consumer makes one; nothing registered
                from("kamelet:timelinesai-source?token={{sim.token}}&baseUrl={{sim.url}}&eventTypes=chat:new"
                        + "&webhookPath=/hooks/minimal").routeId("minimal").to("mock:minimal");
            }
        };
    }

    @Test
    void webhookModeRegistersAndEmitsEventsAsJson() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> admin().sent().isEmpty()
                && simulatorHasSubscriptionsFor("/hooks/kamelet"));

        MessagingAdmin.Inbound inbound = admin().injectInbound(CONTACT, "New Contact", "Is my order ready?");

        MockEndpoint webhook = getMockEndpoint("mock:webhook");
        await().atMost(Duration.ofSeconds(15)).until(() -> ofType(webhook, "message:received:new").size() == 1);
        Exchange exchange = ofType(webhook, "message:received:new").get(0);
        assertThat(exchange.getMessage().getHeader("Content-Type")).isEqualTo("application/json");
        JsonNode event = JSON.readTree(exchange.getMessage().getBody(byte[].class));
        assertThat(event.path("event_type").asText()).isEqualTo("message:received:new");
        assertThat(event.path("message").path("text").asText()).isEqualTo("Is my order ready?");
        assertThat(event.path("message").path("message_uid").asText()).isEqualTo(inbound.messageUid());
        assertThat(exchange.getMessage().getHeader("CamelTimelinesAiChatId")).isEqualTo(inbound.chatId());
    }

    @Test
    void pollModeEmitsTheSameJsonWithoutAPublicUrl() throws Exception {
        MockEndpoint poll = getMockEndpoint("mock:poll");
        // the first poll only records where the workspace stands; wait until it did, through its cursor file
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.exists(pollState));

        MessagingAdmin.Inbound inbound = admin().injectInbound(CONTACT, "Poll Contact", "Polled hello");

        await().atMost(Duration.ofSeconds(15)).until(() -> poll.getReceivedExchanges().stream()
                .anyMatch(e -> inbound.messageUid().equals(e.getMessage().getHeader("CamelTimelinesAiMessageUid"))));
        Exchange exchange = poll.getReceivedExchanges().stream()
                .filter(e -> inbound.messageUid().equals(e.getMessage().getHeader("CamelTimelinesAiMessageUid")))
                .findFirst().orElseThrow();
        JsonNode event = JSON.readTree(exchange.getMessage().getBody(byte[].class));
        assertThat(event.path("event_type").asText()).isEqualTo("message:received:new");
        assertThat(event.path("message").path("text").asText()).isEqualTo("Polled hello");
    }

    @Test
    void optionalPropertiesLeftOutAreNotPassedOn() {
        assertThat(context.getRouteController().getRouteStatus("minimal").isStarted()).isTrue();
        assertThat(simulatorHasSubscriptionsFor("/hooks/minimal")).isFalse();
    }

    private boolean simulatorHasSubscriptionsFor(String path) {
        List<?> hooks = template.requestBody("timelinesai:webhooks/list?token={{sim.token}}&baseUrl={{sim.url}}",
                null, List.class);
        return hooks.stream().anyMatch(h -> String.valueOf(h).contains(path));
    }

    private static List<Exchange> ofType(MockEndpoint mock, String type) {
        return mock.getReceivedExchanges().stream()
                .filter(e -> type.equals(e.getMessage().getHeader("CamelTimelinesAiEventType"))).toList();
    }
}
