package dev.seed.camel.timelinesai.simulator.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.ApiClient;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.PartnerAdmin;
import dev.seed.camel.timelinesai.simulator.WorkspaceAdmin;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.WebhookReceiver;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Partner webhooks fired by real state changes, delivered to a local receiver, signed with {@code X-TL-Signature}
 * and matching {@code partner_api_webhook_spec.yaml}.
 */
class PartnerWebhooksTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private TimelinesAiSimulator sim;
    private SimulatorAdminClient admin;
    private PartnerClient partner;
    private WebhookReceiver receiver;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        admin = sim.admin();
        partner = new PartnerClient(sim);
        receiver = new WebhookReceiver();
        admin.setPartnerWebhookUrl(receiver.url("/partner-hook"));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /** Waits for {@code count} deliveries of {@code eventType}, checks signature and schema, returns their bodies. */
    private List<JsonNode> delivered(String eventType, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> ofType(eventType).size() >= count);
        List<WebhookReceiver.Received> requests = ofType(eventType);
        assertThat(requests).hasSize(count);
        PartnerSettings settings = sim.partner().settings();
        for (WebhookReceiver.Received request : requests) {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.headers().get("x-tl-partner-id")).isEqualTo(settings.partnerId());
            PartnerJwt.Claims claims = PartnerJwt.verify(request.headers().get("x-tl-signature"), settings.secret(),
                    Instant.now());
            assertThat(claims.partnerId()).isEqualTo(request.headers().get("x-tl-partner-id"));
            JsonNode body = request.json();
            assertThat(VendorSpecs.partnerWebhooks().check(body)).as("spec problems of %s", body).isEmpty();
            assertThat(body.get("partner_id").asText()).isEqualTo(settings.partnerId());
            assertThat(body.get("triggered_at").asText()).endsWith("Z");
        }
        return requests.stream().map(WebhookReceiver.Received::json).toList();
    }

    private JsonNode deliveredOnce(String eventType) {
        return delivered(eventType, 1).get(0);
    }

    private List<WebhookReceiver.Received> ofType(String eventType) {
        return receiver.requests().stream().filter(r -> r.eventType().equals(eventType)).toList();
    }

    @Test
    void coversEveryEventOfTheSpec() {
        assertThat(VendorSpecs.partnerWebhooks().eventTypes()).containsExactlyInAnyOrderElementsOf(PartnerWebhooks.EVENT_TYPES);
    }

    @Test
    void seatsFullWhenUsersTakeTheLastSeat() {
        partner.post("/workspaces", "{\"display_name\":\"Acme Dental\",\"seats_purchased\":3}");

        partner.post("/workspaces/acme-dental/users", "{\"count\":2}");

        JsonNode body = deliveredOnce("workspace:seats_full");
        assertThat(body.get("workspace_id").asText()).isEqualTo("acme-dental");
        assertThat(body.get("seats_purchased").asInt()).isEqualTo(3);
        assertThat(body.get("seats_available").asInt()).isEqualTo(0);
    }

    @Test
    void seatsFullOncePerPeriodWhenAnInvitationTakesTheLastSeat() {
        partner.patch("/workspaces/acme-support", "{\"seats_purchased\":4}");
        ApiClient api = new ApiClient(sim);

        long invited = api.post("/workspace/invitations", "{\"email\":\"dave@acme.example\"}").data().get("user_id").asLong();
        api.delete("/workspace/invitations/" + invited);
        api.post("/workspace/invitations", "{\"email\":\"erin@acme.example\"}");
        partner.post("/workspaces/acme-support/api-token", null);

        deliveredOnce("api_token:rotated");
        JsonNode body = deliveredOnce("workspace:seats_full");
        assertThat(body.get("workspace_id").asText()).isEqualTo("acme-support");
        assertThat(body.get("seats_purchased").asInt()).isEqualTo(4);
    }

    @Test
    void messagingQuotaNearFullAndFullFromRealSends() {
        admin.setQuotas(WorkspaceAdmin.QuotaUpdate.messaging(10, 8));
        ApiClient api = new ApiClient(sim);

        assertThat(api.post("/messages", "{\"phone\":\"+14155552001\",\"text\":\"one\"}").status()).isEqualTo(200);
        JsonNode near = deliveredOnce("workspace:quota_near_full:messaging");
        assertThat(api.post("/messages", "{\"phone\":\"+14155552001\",\"text\":\"two\"}").status()).isEqualTo(200);
        JsonNode full = deliveredOnce("workspace:quota_full:messaging");
        assertThat(api.post("/messages", "{\"phone\":\"+14155552001\",\"text\":\"three\"}").status()).isEqualTo(403);
        partner.post("/workspaces/acme-support/api-token", null);
        deliveredOnce("api_token:rotated");

        assertThat(near.get("workspace_id").asText()).isEqualTo("acme-support");
        assertThat(near.get("messaging_quota_total").asLong()).isEqualTo(10);
        assertThat(near.get("messaging_quota_used").asLong()).isEqualTo(9);
        assertThat(near.get("utilization_pct").asInt()).isEqualTo(90);
        assertThat(near.get("current_period_start").asText()).endsWith("T00:00:00Z");
        assertThat(full.get("messaging_quota_used").asLong()).isEqualTo(10);
        assertThat(full.get("utilization_pct").asInt()).isEqualTo(100);
        assertThat(ofType("workspace:quota_near_full:messaging")).hasSize(1);
    }

    @Test
    void messagingThresholdsFireAgainAfterTheUseFellBack() {
        admin.setPartnerQuotaUsed("acme-support", "messaging", 9_000L);
        deliveredOnce("workspace:quota_near_full:messaging");

        admin.setPartnerQuotaUsed("acme-support", "messaging", 100L);
        admin.useUpPartnerQuota("acme-support", "messaging");

        delivered("workspace:quota_near_full:messaging", 2);
        deliveredOnce("workspace:quota_full:messaging");
    }

    @Test
    void apiCallsQuotaFullWhenTheLastCallIsCounted() {
        admin.setQuotas(WorkspaceAdmin.QuotaUpdate.apiCalls(5, 3));
        ApiClient api = new ApiClient(sim);

        assertThat(api.get("/workspace").status()).isEqualTo(200);
        assertThat(api.get("/workspace").status()).isEqualTo(200);
        assertThat(api.get("/workspace").status()).isEqualTo(429);

        JsonNode body = deliveredOnce("workspace:quota_full:api_calls");
        assertThat(body.get("api_calls_limit").asLong()).isEqualTo(5);
        assertThat(body.get("api_calls_used").asLong()).isEqualTo(5);
    }

    @Test
    void transactionsQuotaFullThroughTheAdminHookOncePerCrossing() {
        admin.useUpPartnerQuota("acme-support", "transactions");
        admin.useUpPartnerQuota("acme-support", "transactions");
        admin.setPartnerQuotaUsed("acme-support", "transactions", 0L);
        admin.useUpPartnerQuota(null, "transactions");

        List<JsonNode> bodies = delivered("workspace:quota_full:transactions", 2);
        assertThat(bodies).allSatisfy(b -> assertThat(b.get("current_period_end").asText()).endsWith("T23:59:59Z"));
    }

    @Test
    void accountConnectedAndDisconnectedThroughQrLinksAndDisconnects() {
        partner.post("/workspaces", "{\"display_name\":\"Acme Dental\",\"seats_purchased\":3}");
        long agent = partner.post("/workspaces/acme-dental/users", "{\"count\":1}").json().get("users").get(0)
                .get("user_id").asLong();
        String qrPath = "/workspaces/acme-dental/users/" + agent + "/qr";

        PartnerAdmin.QrConnection first = admin.connectQr(partner.post(qrPath, "{}").json().get("qr_link").asText(),
                "+31612345678");
        String second = partner.post(qrPath, "{}").json().get("qr_link").asText();
        admin.connectQr(second, "+31612345679");
        partner.post("/workspaces/acme-dental/users/" + agent + "/whatsapp/disconnect", null);
        partner.post("/workspaces/acme-dental/users/" + agent + "/whatsapp/disconnect", null);
        partner.post("/workspaces/acme-dental/api-token", null);
        deliveredOnce("api_token:rotated");

        // each event is delivered on its own, so two of one type may arrive in either order
        List<JsonNode> connected = byPhone(delivered("whatsapp_account:connected", 2));
        List<JsonNode> disconnected = byPhone(delivered("whatsapp_account:disconnected", 2));
        assertThat(connected.get(0).get("whatsapp_account_id").asLong()).isEqualTo(first.whatsappAccountId());
        assertThat(connected.get(0).get("phone_number_e164").asText()).isEqualTo("+31612345678");
        assertThat(connected.get(0).get("user_id").asLong()).isEqualTo(agent);
        assertThat(connected.get(1).get("phone_number_e164").asText()).isEqualTo("+31612345679");
        assertThat(disconnected.get(0).get("phone_number_e164").asText()).isEqualTo("+31612345678");
        assertThat(disconnected.get(0).get("disconnected_at").asText()).endsWith("Z");
        assertThat(disconnected.get(0).get("reason").asText()).isNotBlank();
        assertThat(disconnected.get(1).get("phone_number_e164").asText()).isEqualTo("+31612345679");
    }

    private static List<JsonNode> byPhone(List<JsonNode> events) {
        return events.stream().sorted(Comparator.comparing(e -> e.get("phone_number_e164").asText())).toList();
    }

    @Test
    void tokenRotatedCarriesTheRotationTime() {
        String rotatedAt = partner.post("/workspaces/acme-support/api-token", null).json().get("rotated_at").asText();

        JsonNode body = deliveredOnce("api_token:rotated");

        assertThat(body.get("workspace_id").asText()).isEqualTo("acme-support");
        assertThat(body.get("rotated_at").asText()).isEqualTo(rotatedAt);
    }

    @Test
    void sendsNothingWithoutAUrlOrForWorkspacesThePartnerDoesNotManage() {
        admin.setPartnerWebhookUrl(null);
        partner.post("/workspaces/acme-support/api-token", null);
        admin.setPartnerWebhookUrl(receiver.url("/partner-hook"));
        admin.useUpPartnerQuota(PartnerDirectory.FOREIGN_WORKSPACE_ID, "transactions");
        admin.useUpPartnerQuota("acme-support", "transactions");

        deliveredOnce("workspace:quota_full:transactions");
        assertThat(receiver.requests()).hasSize(1);
        assertThat(receiver.requests().get(0).json().get("workspace_id").asText()).isEqualTo("acme-support");
    }

    @Test
    void retriesLikePublicWebhooksAndLogsEveryAttempt() {
        receiver.respondInTurn(500, 200);

        partner.post("/workspaces/acme-support/api-token", null);

        await().atMost(Duration.ofSeconds(10)).until(() -> admin.partnerDeliveries("api_token:rotated").size() == 2);
        List<PartnerAdmin.PartnerDelivery> attempts = admin.partnerDeliveries("api_token:rotated");
        assertThat(attempts.get(0).statusCode()).isEqualTo(500);
        assertThat(attempts.get(0).success()).isFalse();
        assertThat(attempts.get(0).lastAttempt()).isFalse();
        assertThat(attempts.get(1).attempt()).isEqualTo(2);
        assertThat(attempts.get(1).success()).isTrue();
        assertThat(attempts.get(1).workspaceId()).isEqualTo("acme-support");
        assertThat(attempts.get(1).payload().get("event_type").asText()).isEqualTo("api_token:rotated");
        assertThat(receiver.requests()).hasSize(2);
        assertThat(PartnerJwt.verify(receiver.requests().get(1).headers().get("x-tl-signature"),
                sim.partner().settings().secret(), Instant.now()).partnerId()).isEqualTo("acme-partner");
    }

    @Test
    void signsWithTheSecretInForceAtDelivery() {
        admin.setPartnerCredentials("reseller-7", "rotated-partner-secret");

        partner.post("/workspaces/acme-support/api-token", null);

        JsonNode body = deliveredOnce("api_token:rotated");
        assertThat(body.get("partner_id").asText()).isEqualTo("reseller-7");
    }
}
