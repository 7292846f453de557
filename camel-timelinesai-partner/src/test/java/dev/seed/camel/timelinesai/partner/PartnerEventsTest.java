package dev.seed.camel.timelinesai.partner;

import java.time.Duration;
import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.partner.event.ApiCallsQuotaFullEvent;
import dev.seed.camel.timelinesai.partner.event.ApiTokenRotatedEvent;
import dev.seed.camel.timelinesai.partner.event.MessagingQuotaEvent;
import dev.seed.camel.timelinesai.partner.event.PartnerEvent;
import dev.seed.camel.timelinesai.partner.event.PartnerEvents;
import dev.seed.camel.timelinesai.partner.event.SeatsFullEvent;
import dev.seed.camel.timelinesai.partner.event.TransactionsQuotaFullEvent;
import dev.seed.camel.timelinesai.partner.event.WhatsappAccountEvent;
import dev.seed.camel.timelinesai.partner.model.PublicApiToken;
import dev.seed.camel.timelinesai.partner.model.QrCode;
import dev.seed.camel.timelinesai.partner.model.UsersCreated;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.PartnerAdmin;
import dev.seed.camel.timelinesai.simulator.WorkspaceAdmin;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every partner event, from a real state change in the simulator to a typed exchange through platform-http. */
class PartnerEventsTest extends PartnerTestSupport {
    private static final String PATH = "/partner/events";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("timelinesai-partner:events?eventTypes=all&webhookPath=" + PATH).to("mock:events");
                from("timelinesai-partner:events?eventTypes=whatsapp_account:connected&webhookPath=/partner/connected")
                        .to("mock:connected");
            }
        };
    }

    @BeforeEach
    void pointThePartnerWebhookHere() {
        admin().setPartnerWebhookUrl(localUrl() + PATH);
    }

    /** The one event of this type the route received (waiting for it), checked for its common fields. */
    private <T extends PartnerEvent> T received(String eventType, Class<T> type) {
        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(Duration.ofSeconds(15)).until(() -> ofType(events, eventType).size() >= 1);
        List<Exchange> exchanges = ofType(events, eventType);
        assertThat(exchanges).hasSize(1);
        Exchange exchange = exchanges.get(0);
        T event = exchange.getMessage().getBody(type);
        assertThat(event).as("typed body of %s", eventType).isNotNull();
        assertThat(event.partnerId()).isEqualTo(partnerId());
        assertThat(event.triggeredAt()).endsWith("Z");
        assertThat(exchange.getMessage().getHeader(TimelinesAiPartnerConstants.WORKSPACE_ID))
                .isEqualTo(event.workspaceId());
        assertThat(exchange.getMessage().getHeader(TimelinesAiPartnerConstants.TRIGGERED_AT))
                .isEqualTo(event.triggeredAt());
        return event;
    }

    private static List<Exchange> ofType(MockEndpoint events, String eventType) {
        return events.getReceivedExchanges().stream()
                .filter(e -> eventType.equals(e.getMessage().getHeader(TimelinesAiPartnerConstants.EVENT_TYPE)))
                .toList();
    }

    @Test
    void seatsFullWhenUsersTakeTheLastSeat() {
        ok("timelinesai-partner:workspaces/create?displayName=acme-dental&seatsPurchased=3", null, Object.class);
        ok("timelinesai-partner:users/create?workspaceId=acme-dental&count=2", null, UsersCreated.class);

        SeatsFullEvent event = received(PartnerEvents.SEATS_FULL, SeatsFullEvent.class);

        assertThat(event.workspaceId()).isEqualTo("acme-dental");
        assertThat(event.seatsPurchased()).isEqualTo(3);
        assertThat(event.seatsAvailable()).isZero();
    }

    @Test
    void messagingQuotaNearFullAndFullFromRealSends() {
        admin().setQuotas(WorkspaceAdmin.QuotaUpdate.messaging(10, 8));

        ok("timelinesai:messages/send?phone=+14155552001", "one", String.class);
        MessagingQuotaEvent near = received(PartnerEvents.QUOTA_NEAR_FULL_MESSAGING, MessagingQuotaEvent.class);
        ok("timelinesai:messages/send?phone=+14155552001", "two", String.class);
        MessagingQuotaEvent full = received(PartnerEvents.QUOTA_FULL_MESSAGING, MessagingQuotaEvent.class);

        assertThat(near.workspaceId()).isEqualTo(SHARED_WORKSPACE);
        assertThat(near.isFull()).isFalse();
        assertThat(near.messagingQuotaTotal()).isEqualTo(10);
        assertThat(near.messagingQuotaUsed()).isEqualTo(9);
        assertThat(near.utilizationPct()).isEqualTo(90);
        assertThat(near.currentPeriodStart()).isNotBlank();
        assertThat(full.isFull()).isTrue();
        assertThat(full.messagingQuotaUsed()).isEqualTo(10);
    }

    @Test
    void transactionsQuotaFull() {
        admin().useUpPartnerQuota(SHARED_WORKSPACE, "transactions");

        TransactionsQuotaFullEvent event = received(PartnerEvents.QUOTA_FULL_TRANSACTIONS,
                TransactionsQuotaFullEvent.class);

        assertThat(event.workspaceId()).isEqualTo(SHARED_WORKSPACE);
        assertThat(event.currentPeriodEnd()).isNotBlank();
    }

    @Test
    void apiCallsQuotaFullFromRealCalls() {
        admin().setQuotas(WorkspaceAdmin.QuotaUpdate.apiCalls(5, 3));

        ok("timelinesai:workspace/get", null, Object.class);
        ok("timelinesai:workspace/get", null, Object.class);
        assertThat(call("timelinesai:workspace/get", null).getException()).isInstanceOf(TimelinesAiException.class);

        ApiCallsQuotaFullEvent event = received(PartnerEvents.QUOTA_FULL_API_CALLS, ApiCallsQuotaFullEvent.class);
        assertThat(event.apiCallsLimit()).isEqualTo(5);
        assertThat(event.apiCallsUsed()).isEqualTo(5);
    }

    @Test
    void accountConnectedThroughAQrLinkAndDisconnectedThroughTheApi() throws Exception {
        ok("timelinesai-partner:workspaces/create?displayName=acme-dental&seatsPurchased=2", null, Object.class);
        long agent = ok("timelinesai-partner:users/create?workspaceId=acme-dental&count=1", null, UsersCreated.class)
                .users().get(0).userId();
        QrCode qr = ok("timelinesai-partner:users/qr?workspaceId=acme-dental&userId=" + agent, null, QrCode.class);
        PartnerAdmin.QrConnection scan = admin().connectQr(qr.qrLink(), "+31612345678");

        WhatsappAccountEvent connected = received(PartnerEvents.ACCOUNT_CONNECTED, WhatsappAccountEvent.class);
        ok("timelinesai-partner:users/disconnect?workspaceId=acme-dental&userId=" + agent, null, Object.class);
        WhatsappAccountEvent disconnected = received(PartnerEvents.ACCOUNT_DISCONNECTED, WhatsappAccountEvent.class);

        assertThat(connected.isConnected()).isTrue();
        assertThat(connected.userId()).isEqualTo(agent);
        assertThat(connected.whatsappAccountId()).isEqualTo(scan.whatsappAccountId());
        assertThat(connected.phoneNumberE164()).isEqualTo("+31612345678");
        assertThat(getMockEndpoint("mock:events").getReceivedExchanges().stream()
                .filter(e -> PartnerEvents.ACCOUNT_CONNECTED.equals(
                        e.getMessage().getHeader(TimelinesAiPartnerConstants.EVENT_TYPE)))
                .map(e -> e.getMessage().getHeader(TimelinesAiPartnerConstants.USER_ID))).containsExactly(agent);
        assertThat(disconnected.isConnected()).isFalse();
        assertThat(disconnected.phoneNumberE164()).isEqualTo("+31612345678");
        assertThat(disconnected.disconnectedAt()).endsWith("Z");
        assertThat(disconnected.reason()).isNotBlank();
    }

    @Test
    void tokenRotated() {
        PublicApiToken rotated = ok("timelinesai-partner:tokens/rotate?workspaceId=" + SHARED_WORKSPACE, null,
                PublicApiToken.class);

        ApiTokenRotatedEvent event = received(PartnerEvents.API_TOKEN_ROTATED, ApiTokenRotatedEvent.class);

        assertThat(event.workspaceId()).isEqualTo(SHARED_WORKSPACE);
        assertThat(event.rotatedAt()).isEqualTo(rotated.rotatedAt());
    }

    @Test
    void aConsumerReceivesOnlyItsEventTypesAndOtherTypesAreAcknowledged() {
        admin().setPartnerWebhookUrl(localUrl() + "/partner/connected");
        ok("timelinesai-partner:tokens/rotate?workspaceId=" + SHARED_WORKSPACE, null, PublicApiToken.class);
        ok("timelinesai-partner:workspaces/create?displayName=acme-dental&seatsPurchased=2", null, Object.class);
        long agent = ok("timelinesai-partner:users/create?workspaceId=acme-dental&count=1", null, UsersCreated.class)
                .users().get(0).userId();
        admin().connectQr(ok("timelinesai-partner:users/qr?workspaceId=acme-dental&userId=" + agent, null,
                QrCode.class).qrLink(), "+31612345670");

        MockEndpoint connected = getMockEndpoint("mock:connected");
        await().atMost(Duration.ofSeconds(15)).until(() -> connected.getReceivedCounter() >= 1);
        await().atMost(Duration.ofSeconds(15)).until(() -> admin().partnerDeliveries(null).size() >= 3);
        assertThat(connected.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(PartnerEvent.class)
                .eventType()).containsExactly(PartnerEvents.ACCOUNT_CONNECTED);
        assertThat(admin().partnerDeliveries(null)).allSatisfy(d -> assertThat(d.statusCode()).isEqualTo(200));
    }
}
