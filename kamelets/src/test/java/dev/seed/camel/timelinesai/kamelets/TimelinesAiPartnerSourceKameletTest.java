package dev.seed.camel.timelinesai.kamelets;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seed.camel.timelinesai.partner.model.QrCode;
import dev.seed.camel.timelinesai.partner.model.UsersCreated;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.WorkspaceAdmin;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** timelinesai-partner-source: signed quota and account events from the simulator's Partner side, as JSON. */
class TimelinesAiPartnerSourceKameletTest extends KameletTestSupport {
    private static final String PATH = "/partner/kamelet-events";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:timelinesai-partner-source?partnerId={{sim.partnerId}}"
                        + "&partnerSecret={{sim.partnerSecret}}&baseUrl={{sim.partnerUrl}}&webhookPath=" + PATH)
                        .to("mock:partner");
            }
        };
    }

    @BeforeEach
    void pointThePartnerWebhookHere() {
        admin().setPartnerWebhookUrl(localUrl() + PATH);
    }

    @Test
    void quotaEventsArriveAsJson() throws Exception {
        admin().setQuotas(WorkspaceAdmin.QuotaUpdate.messaging(10, 8));
        template.requestBody("timelinesai:messages/send?token={{sim.token}}&baseUrl={{sim.url}}&phone=RAW(+4930111)",
                "one");
        template.requestBody("timelinesai:messages/send?token={{sim.token}}&baseUrl={{sim.url}}&phone=RAW(+4930111)",
                "two");

        MockEndpoint partner = getMockEndpoint("mock:partner");
        await().atMost(Duration.ofSeconds(15)).until(() -> ofType(partner, "workspace:quota_full:messaging").size() == 1);
        Exchange full = ofType(partner, "workspace:quota_full:messaging").get(0);
        assertThat(full.getMessage().getHeader("Content-Type")).isEqualTo("application/json");
        JsonNode event = JSON.readTree(full.getMessage().getBody(byte[].class));
        assertThat(event.path("event_type").asText()).isEqualTo("workspace:quota_full:messaging");
        assertThat(event.path("messaging_quota_used").asLong()).isEqualTo(10);
        assertThat(ofType(partner, "workspace:quota_near_full:messaging")).hasSize(1);
    }

    @Test
    void accountEventsArriveAndTokenRotationsAreNotAskedForByDefault() throws Exception {
        template.requestBody(partner("workspaces/create?displayName=acme-dental&seatsPurchased=2"), (Object) null);
        UsersCreated users = template.requestBody(partner("users/create?workspaceId=acme-dental&count=1"), null,
                UsersCreated.class);
        long agent = users.users().get(0).userId();
        QrCode qr = template.requestBody(partner("users/qr?workspaceId=acme-dental&userId=" + agent), null,
                QrCode.class);
        admin().connectQr(qr.qrLink(), "+31612345678");
        template.requestBody(partner("tokens/rotate?workspaceId=acme-dental"), (Object) null);

        MockEndpoint partner = getMockEndpoint("mock:partner");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> ofType(partner, "whatsapp_account:connected").size() == 1);
        JsonNode event = JSON.readTree(ofType(partner, "whatsapp_account:connected").get(0)
                .getMessage().getBody(byte[].class));
        assertThat(event.path("phone_number_e164").asText()).isEqualTo("+31612345678");
        // the simulator delivered the rotation too; the Kamelet's default event types leave it out
        await().atMost(Duration.ofSeconds(15)).until(() -> admin().partnerDeliveries(null).stream()
                .anyMatch(d -> "api_token:rotated".equals(d.eventType())));
        assertThat(ofType(partner, "api_token:rotated")).isEmpty();
    }

    private static String partner(String operation) {
        return "timelinesai-partner:" + operation + "&partnerId={{sim.partnerId}}&partnerSecret={{sim.partnerSecret}}"
                + "&baseUrl={{sim.partnerUrl}}";
    }

    private static List<Exchange> ofType(MockEndpoint mock, String type) {
        return mock.getReceivedExchanges().stream()
                .filter(e -> type.equals(e.getMessage().getHeader("CamelTimelinesAiPartnerEventType"))).toList();
    }
}
