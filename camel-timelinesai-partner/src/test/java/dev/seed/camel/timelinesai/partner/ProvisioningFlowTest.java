package dev.seed.camel.timelinesai.partner;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.partner.model.PublicApiToken;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The adoc's provisioning example, run against the simulator: create a workspace, add users, mail QR links,
 * wait for whatsapp_account:connected, fetch the new workspace's token and send with it.
 */
class ProvisioningFlowTest extends PartnerTestSupport {

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.setProperty("owner.phone", "+14155552001");
        return p;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:onboard")
                    .to("timelinesai-partner:workspaces/create?seatsPurchased=3")
                    .setHeader("CamelTimelinesAiPartnerCount", constant(2))
                    .to("timelinesai-partner:users/create")
                    .split(simple("${body.users}"))
                        .setHeader("CamelTimelinesAiPartnerUserId", simple("${body.userId}"))
                        .to("timelinesai-partner:users/qr?expiresInHours=72")
                        .setHeader("qrLink", simple("${body.qrLink}"))
                        .setBody(simple("Scan to connect your WhatsApp: ${body.qrLink}"))
                        .to("mock:onboarding-mail")
                    .end();

                from("timelinesai-partner:events?eventTypes=whatsapp_account:connected,whatsapp_account:disconnected,"
                        + "workspace:seats_full&webhookPath=/timelinesai/partner-events")
                    .choice()
                        .when(header("CamelTimelinesAiPartnerEventType").isEqualTo("whatsapp_account:connected"))
                            .setBody(header("CamelTimelinesAiPartnerWorkspaceId"))
                            .to("timelinesai-partner:tokens/get?tokenTarget=timelinesai")
                            .setBody(constant("Your WhatsApp is connected. Welcome!"))
                            .to("timelinesai:messages/send?phone={{owner.phone}}")
                            .to("mock:welcomed")
                        .otherwise()
                            .to("mock:other-events");
            }
        };
    }

    @Test
    void fromSignUpToTheFirstMessage() throws Exception {
        admin().setPartnerWebhookUrl(localUrl() + "/timelinesai/partner-events");
        MockEndpoint mails = getMockEndpoint("mock:onboarding-mail");
        mails.expectedMessageCount(2);
        MockEndpoint welcomed = getMockEndpoint("mock:welcomed");
        welcomed.expectedMessageCount(1);

        template.sendBody("direct:onboard", "acme-dental");
        mails.assertIsSatisfied();
        List<String> links = mails.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader("qrLink", String.class)).toList();
        assertThat(links).hasSize(2).doesNotHaveDuplicates();
        assertThat(mails.getReceivedExchanges().get(0).getMessage().getBody(String.class)).startsWith("Scan to connect");

        admin().connectQr(links.get(0), "+31612345678");

        welcomed.assertIsSatisfied(15_000);
        String workspaceToken = ok("timelinesai-partner:tokens/get?workspaceId=acme-dental", null,
                PublicApiToken.class).token();
        assertThat(context.getComponent("timelinesai", TimelinesAiComponent.class).getToken())
                .isEqualTo(workspaceToken).isNotEqualTo(SIMULATOR.token());
        Exchange sent = welcomed.getReceivedExchanges().get(0);
        assertThat(sent.getMessage().getBody(String.class)).isNotBlank();
        await().atMost(Duration.ofSeconds(15)).until(() -> getMockEndpoint("mock:other-events").getReceivedCounter() >= 1);
        assertThat(getMockEndpoint("mock:other-events").getReceivedExchanges()).extracting(
                e -> e.getMessage().getHeader("CamelTimelinesAiPartnerEventType")).contains("workspace:seats_full");
    }
}
