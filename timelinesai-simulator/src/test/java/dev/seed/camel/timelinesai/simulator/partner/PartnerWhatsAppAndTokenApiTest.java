package dev.seed.camel.timelinesai.simulator.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.ApiClient;
import dev.seed.camel.timelinesai.simulator.WebhookReceiver;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.PartnerAdmin;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.WebhookSubscription;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** QR links, WhatsApp disconnects and Public API tokens through the Partner API (P5–P8). */
class PartnerWhatsAppAndTokenApiTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private TimelinesAiSimulator sim;
    private SimulatorAdminClient admin;
    private PartnerClient partner;
    private long agentId;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        admin = sim.admin();
        partner = new PartnerClient(sim);
        partner.post("/workspaces", "{\"display_name\":\"Acme Dental\",\"seats_purchased\":3}");
        agentId = partner.post("/workspaces/acme-dental/users", "{\"count\":1}").json().get("users").get(0)
                .get("user_id").asLong();
    }

    private PartnerClient.Result qr(long userId, String body) {
        return partner.post("/workspaces/acme-dental/users/" + userId + "/qr", body);
    }

    private static void assertError(PartnerClient.Result r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().get("error").asText()).isEqualTo(code);
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
    }

    @Test
    void issuesAQrLinkValidForTheRequestedHours() {
        PartnerClient.Result r = qr(agentId, "{\"expires_in_hours\":48}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode link = r.json();
        assertThat(link.get("workspace_id").asText()).isEqualTo("acme-dental");
        assertThat(link.get("user_id").asLong()).isEqualTo(agentId);
        assertThat(link.get("qr_link").asText()).startsWith(sim.rootUrl() + "/qr/").hasSizeGreaterThan(sim.rootUrl().length() + 20);
        assertThat(Instant.parse(link.get("expires_at").asText()))
                .isCloseTo(Instant.now().plus(Duration.ofHours(48)), within(Duration.ofSeconds(30)));
        assertThat(link.get("whatsapp_disconnected").asBoolean()).isFalse();
        assertThat(link.get("previous_qr_revoked").asBoolean()).isFalse();
        JsonNode listed = partner.get("/workspaces/acme-dental").json().get("qr_links");
        assertThat(listed).singleElement().satisfies(l -> {
            assertThat(l.get("qr_link").asText()).isEqualTo(link.get("qr_link").asText());
            assertThat(l.get("user_id").asLong()).isEqualTo(agentId);
        });
        assertThat(VendorSpecs.partnerViolations(sim)).isEmpty();
    }

    @Test
    void defaultsTo24HoursWithoutABody() {
        PartnerClient.Result r = qr(agentId, null);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(Instant.parse(r.json().get("expires_at").asText()))
                .isCloseTo(Instant.now().plus(Duration.ofHours(24)), within(Duration.ofSeconds(30)));
    }

    @Test
    void keepsOneActiveLinkPerUser() {
        String first = qr(agentId, "{}").json().get("qr_link").asText();

        PartnerClient.Result second = qr(agentId, "{}");

        assertThat(second.json().get("previous_qr_revoked").asBoolean()).isTrue();
        assertThat(second.json().get("qr_link").asText()).isNotEqualTo(first);
        assertThat(partner.get("/workspaces/acme-dental").json().get("qr_links")).singleElement()
                .satisfies(l -> assertThat(l.get("qr_link").asText()).isEqualTo(second.json().get("qr_link").asText()));
        assertThatThrownBy(() -> admin.connectQr(first, "+31612345678"))
                .isInstanceOfSatisfying(SimulatorAdminClient.AdminException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void connectsThroughAScannedLinkOnlyOnce() {
        String link = qr(agentId, "{}").json().get("qr_link").asText();

        PartnerAdmin.QrConnection connection = admin.connectQr(link, "+31 6 1234 5678");

        assertThat(connection.workspaceId()).isEqualTo("acme-dental");
        assertThat(connection.userId()).isEqualTo(agentId);
        assertThat(connection.phone()).isEqualTo("+31612345678");
        JsonNode ws = partner.get("/workspaces/acme-dental").json();
        assertThat(ws.get("qr_links")).isEmpty();
        assertThat(ws.get("whatsapp_accounts")).singleElement().satisfies(a -> {
            assertThat(a.get("user_id").asLong()).isEqualTo(agentId);
            assertThat(a.get("whatsapp_account_id").asLong()).isEqualTo(connection.whatsappAccountId());
            assertThat(a.get("connected").asBoolean()).isTrue();
            assertThat(a.get("connection_status").asText()).isEqualTo("connected");
        });
        assertThatThrownBy(() -> admin.connectQr(link, "+31612345679"))
                .isInstanceOfSatisfying(SimulatorAdminClient.AdminException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(VendorSpecs.partnerViolations(sim)).isEmpty();
    }

    @Test
    void disconnectsTheConnectedAccountWhenANewLinkIsIssued() {
        admin.connectQr(qr(agentId, "{}").json().get("qr_link").asText(), "+31612345678");

        PartnerClient.Result again = qr(agentId, "{}");

        assertThat(again.json().get("whatsapp_disconnected").asBoolean()).isTrue();
        assertThat(again.json().get("previous_qr_revoked").asBoolean()).isFalse();
        JsonNode account = partner.get("/workspaces/acme-dental").json().get("whatsapp_accounts").get(0);
        assertThat(account.get("connected").asBoolean()).isFalse();
        assertThat(account.get("connection_status").asText()).isEqualTo("disconnected");
    }

    @Test
    void refusesQrLinksForUnknownUsersAndBadLifetimes() {
        assertError(qr(999_999_999L, "{}"), 404, "user_not_found");
        assertError(partner.post("/workspaces/acme-dental/users/abc/qr", "{}"), 404, "user_not_found");
        assertError(partner.post("/workspaces/nowhere/users/" + agentId + "/qr", "{}"), 404, "workspace_not_found");
        assertError(qr(agentId, "{\"expires_in_hours\":0}"), 400, "invalid_request");
        assertError(qr(agentId, "{\"expires_in_hours\":169}"), 400, "invalid_request");
        assertThat(qr(agentId, "{\"expires_in_hours\":168}").status()).isEqualTo(200);
    }

    @Test
    void refusesQrLinksForSuspendedUsers() {
        partner.patch("/workspaces/acme-dental", "{\"seats_purchased\":1}");

        assertError(qr(agentId, "{}"), 403, "user_not_active");
    }

    @Test
    void disconnectsIdempotently() {
        admin.connectQr(qr(agentId, "{}").json().get("qr_link").asText(), "+31612345678");
        String path = "/workspaces/acme-dental/users/" + agentId + "/whatsapp/disconnect";

        PartnerClient.Result first = partner.post(path, null);
        PartnerClient.Result second = partner.post(path, null);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("disconnected").asBoolean()).isTrue();
        assertThat(first.json().get("phone_number").asText()).isEqualTo("+31612345678");
        assertThat(first.json().get("whatsapp_account_id").isIntegralNumber()).isTrue();
        assertThat(first.json().get("disconnected_at").asText()).endsWith("Z");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("disconnected").asBoolean()).isFalse();
        assertThat(second.json().has("whatsapp_account_id")).isFalse();
        assertError(partner.post("/workspaces/acme-dental/users/42/whatsapp/disconnect", null), 404, "user_not_found");
        assertThat(VendorSpecs.partnerViolations(sim)).isEmpty();
    }

    @Test
    void connectsAndDisconnectsSeededAccountsInThePublicApi() {
        WebhookReceiver receiver = new WebhookReceiver();
        for (String event : List.of("connected", "disconnected")) {
            sim.state().putWebhook(new WebhookSubscription(sim.state().nextWebhookId(), "whatsapp:account:" + event,
                    receiver.url("/" + event), true));
        }
        JsonNode users = partner.get("/workspaces/acme-support").json().get("users");
        long carol = users.get(2).get("user_id").asLong();

        PartnerClient.Result link = partner.post("/workspaces/acme-support/users/" + carol + "/qr", "{}");
        assertThat(link.json().get("whatsapp_disconnected").asBoolean()).isTrue();
        assertThat(sim.state().accountByPhone("+4915112345678").orElseThrow().isActive()).isFalse();

        admin.connectQr(link.json().get("qr_link").asText(), "+4915199999999");

        WhatsAppAccount connected = sim.state().accountByPhone("+4915199999999").orElseThrow();
        assertThat(connected.isActive()).isTrue();
        assertThat(connected.ownerEmail()).isEqualTo("carol@acme.example");
        ApiClient.Result accounts = new ApiClient(sim).get("/whatsapp_accounts");
        assertThat(accounts.data().get("whatsapp_accounts")).hasSize(4);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(receiver.requestsTo("/disconnected")).singleElement().satisfies(r -> assertThat(
                    r.json().path("whatsapp_account").path("phone").asText()).isEqualTo("+4915112345678"));
            assertThat(receiver.requestsTo("/connected")).singleElement().satisfies(r -> assertThat(
                    r.json().path("whatsapp_account").path("phone").asText()).isEqualTo("+4915199999999"));
        });
        receiver.close();
    }

    @Test
    void getsOrCreatesTheTokenAndRotatesIt() {
        PartnerClient.Result first = partner.get("/workspaces/acme-dental/api-token");
        PartnerClient.Result again = partner.get("/workspaces/acme-dental/api-token");
        PartnerClient.Result rotated = partner.post("/workspaces/acme-dental/api-token", null);
        PartnerClient.Result afterRotation = partner.get("/workspaces/acme-dental/api-token");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("workspace_id").asText()).isEqualTo("acme-dental");
        String token = first.json().get("token").asText();
        assertThat(token).isNotBlank();
        assertThat(first.json().has("rotated_at")).isFalse();
        assertThat(again.json().get("token").asText()).isEqualTo(token);
        assertThat(rotated.status()).isEqualTo(201);
        assertThat(rotated.json().get("token").asText()).isNotEqualTo(token);
        assertThat(rotated.json().get("rotated_at").asText()).endsWith("Z");
        assertThat(afterRotation.json().get("token").asText()).isEqualTo(rotated.json().get("token").asText());
        assertThat(new ApiClient(sim.baseUrl(), token).get("/whatsapp_accounts").status()).isEqualTo(401);
        assertThat(new ApiClient(sim.baseUrl(), rotated.json().get("token").asText()).get("/whatsapp_accounts").status())
                .isEqualTo(200);
        assertThat(VendorSpecs.partnerViolations(sim)).isEmpty();
    }

    @Test
    void rotatingTheSeededTokenRefusesTheOldOneAtOnce() {
        assertThat(partner.get("/workspaces/acme-support/api-token").json().get("token").asText())
                .isEqualTo(sim.token());
        assertThat(new ApiClient(sim).get("/workspace").status()).isEqualTo(200);

        String fresh = partner.post("/workspaces/acme-support/api-token", null).json().get("token").asText();

        assertThat(new ApiClient(sim).get("/workspace").status()).isEqualTo(401);
        ApiClient.Result withNew = new ApiClient(sim.baseUrl(), fresh).get("/workspace");
        assertThat(withNew.status()).isEqualTo(200);
        assertThat(withNew.data().get("workspace_id").asText()).isEqualTo("acme-support");
        String third = partner.post("/workspaces/acme-support/api-token", null).json().get("token").asText();
        assertThat(new ApiClient(sim.baseUrl(), fresh).get("/workspace").status()).isEqualTo(401);
        assertThat(new ApiClient(sim.baseUrl(), third).get("/workspace").status()).isEqualTo(200);
    }

    @Test
    void servesAQrPageForIssuedLinks() {
        String link = qr(agentId, "{}").json().get("qr_link").asText();

        ApiClient page = new ApiClient(link, null);
        ApiClient.Result active = page.get("");
        admin.connectQr(link, "+31612345678");
        ApiClient.Result used = page.get("");

        assertThat(active.status()).isEqualTo(200);
        assertThat(active.body()).contains(">active<");
        assertThat(used.body()).contains(">used<");
        assertThat(new ApiClient(sim.rootUrl() + "/qr/unknown", null).get("").status()).isEqualTo(404);
    }
}
