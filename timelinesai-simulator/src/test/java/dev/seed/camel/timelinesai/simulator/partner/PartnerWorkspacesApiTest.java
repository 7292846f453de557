package dev.seed.camel.timelinesai.simulator.partner;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.ApiClient;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Partner API workspaces and users (P1–P4): ids from names, seat accounting, suspensions, ownership. */
class PartnerWorkspacesApiTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private TimelinesAiSimulator sim;
    private PartnerClient partner;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        partner = new PartnerClient(sim);
    }

    private static void assertError(PartnerClient.Result r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().get("error").asText()).isEqualTo(code);
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.apiVersion()).isEqualTo("v1");
    }

    private PartnerClient.Result create(String displayName, int seats) {
        return partner.post("/workspaces", "{\"display_name\":\"" + displayName + "\",\"seats_purchased\":" + seats + "}");
    }

    @Test
    void createsAWorkspaceWithItsOwnerTakingASeat() {
        PartnerClient.Result r = create("Acme Dental", 3);

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.apiVersion()).isEqualTo("v1");
        JsonNode ws = r.json();
        assertThat(ws.has("data")).isFalse();
        assertThat(ws.get("workspace_id").asText()).isEqualTo("acme-dental");
        assertThat(ws.get("display_name").asText()).isEqualTo("Acme Dental");
        assertThat(ws.get("seats_total").asInt()).isEqualTo(3);
        assertThat(ws.get("seats_available").asInt()).isEqualTo(2);
        assertThat(ws.get("suspended_members")).isEmpty();
        long owner = ws.get("owner_user_id").asLong();

        JsonNode details = partner.get("/workspaces/acme-dental").json();
        assertThat(details.get("users")).singleElement().satisfies(u -> {
            assertThat(u.get("user_id").asLong()).isEqualTo(owner);
            assertThat(u.get("role").asText()).isEqualTo("owner");
            assertThat(u.get("email").asText()).isEqualTo(owner + "-acme-dental@partners.timelines.ai");
            assertThat(u.get("status").asText()).isEqualTo("active");
        });
        assertThat(details.get("seats").get("used").asInt()).isEqualTo(1);
        assertThat(VendorSpecs.partnerViolations(sim)).isEmpty();
    }

    @Test
    void derivesTheWorkspaceIdFromTheDisplayName() {
        assertThat(create("  Café Zürich -- Main Office!  ", 1).json().get("workspace_id").asText())
                .isEqualTo("cafe-zurich-main-office");
        assertThat(create("A very long display name that goes past thirty characters", 1).json().get("workspace_id")
                .asText()).isEqualTo("a-very-long-display-name-that");
    }

    @Test
    void refusesADuplicateWorkspaceId() {
        assertThat(create("Acme Dental", 2).status()).isEqualTo(201);

        assertError(create("ACME   dental", 2), 409, "workspace_creation_failed");
        assertError(create("Acme Support", 2), 409, "workspace_creation_failed");
    }

    @Test
    void validatesTheCreateRequest() {
        assertError(create("", 1), 400, "invalid_request");
        assertError(create("x".repeat(101), 1), 400, "invalid_request");
        assertError(create("!!!", 1), 400, "invalid_request");
        assertError(create("Seats Zero", 0), 400, "invalid_request");
        assertError(create("Seats Many", 1000), 400, "invalid_request");
        assertError(partner.post("/workspaces", "{\"display_name\":\"No Seats\"}"), 400, "invalid_request");
        assertError(partner.post("/workspaces", "{\"seats_purchased\":2}"), 400, "invalid_request");
        assertError(partner.post("/workspaces", "{\"display_name\":\"Bad\",\"seats_purchased\":\"2\"}"), 400,
                "invalid_request");
        assertError(partner.post("/workspaces", "[1]"), 400, "invalid_request");
        assertError(partner.post("/workspaces", "{not json"), 400, "invalid_request");
        assertThat(create("x".repeat(100), 999).status()).isEqualTo(201);
    }

    @Test
    void showsTheSeededWorkspaceLinkedToThePublicApi() {
        PartnerClient.Result r = partner.get("/workspaces/acme-support");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode ws = r.json();
        assertThat(ws.get("display_name").asText()).isEqualTo("Acme Support");
        assertThat(ws.get("seats").get("total").asInt()).isEqualTo(15);
        assertThat(ws.get("seats").get("used").asInt()).isEqualTo(3);
        assertThat(ws.get("messages_quota").get("total").asLong()).isEqualTo(10_000);
        assertThat(ws.get("messages_quota").get("period_start").asText()).endsWith("T00:00:00Z");
        assertThat(ws.get("api_calls_quota").get("total").asLong()).isEqualTo(200_000);
        assertThat(ws.get("non_recurring_quota").get("remaining_balance").asLong()).isEqualTo(1000);
        assertThat(ws.get("users")).hasSize(3);
        assertThat(names(ws.get("users"), "role")).containsExactly("owner", "admin", "agent");
        assertThat(ws.get("whatsapp_accounts")).hasSize(3);
        assertThat(ws.get("whatsapp_accounts").get(0).get("phone_number_e164").asText()).isEqualTo("+14155550100");
        assertThat(ws.get("whatsapp_accounts").get(0).get("connected").asBoolean()).isTrue();
        assertThat(ws.get("whatsapp_accounts").get(0).get("connection_status").asText()).isEqualTo("connected");
        assertThat(ws.get("whatsapp_accounts").get(0).get("user_id").asLong())
                .isEqualTo(ws.get("users").get(0).get("user_id").asLong());
        assertThat(ws.get("qr_links")).isEmpty();
        assertThat(VendorSpecs.partnerViolations(sim)).isEmpty();
    }

    @Test
    void answers404ForUnknownAndUnmanageableWorkspaces() {
        assertError(partner.get("/workspaces/no-such-workspace"), 404, "workspace_not_found");
        assertError(partner.get("/workspaces/" + PartnerDirectory.FOREIGN_WORKSPACE_ID), 404, "workspace_not_found");
        assertError(partner.get("/workspaces/" + PartnerDirectory.BILLING_MANAGED_WORKSPACE_ID), 404,
                "workspace_not_found");
        assertError(partner.patch("/workspaces/no-such-workspace", "{\"seats_purchased\":3}"), 404,
                "workspace_not_found");
    }

    @Test
    void refusesToManageAnotherPartnersOrABillingManagedWorkspace() {
        String foreign = "/workspaces/" + PartnerDirectory.FOREIGN_WORKSPACE_ID;
        String billed = "/workspaces/" + PartnerDirectory.BILLING_MANAGED_WORKSPACE_ID;

        assertError(partner.patch(foreign, "{\"seats_purchased\":3}"), 403, "workspace_not_owned_by_partner");
        assertError(partner.post(foreign + "/users", "{\"count\":1}"), 403, "workspace_not_owned_by_partner");
        assertError(partner.get(foreign + "/api-token"), 403, "workspace_not_owned_by_partner");
        assertError(partner.patch(billed, "{\"seats_purchased\":3}"), 403, "workspace_billing_managed");
        assertError(partner.post(billed + "/api-token", null), 403, "workspace_billing_managed");
    }

    @Test
    void renamesTheSeededWorkspaceForThePublicApiToo() {
        PartnerClient.Result r = partner.patch("/workspaces/acme-support", "{\"display_name\":\"Acme Help Desk\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("workspace_id").asText()).isEqualTo("acme-support");
        assertThat(r.json().get("display_name").asText()).isEqualTo("Acme Help Desk");
        assertThat(r.json().get("seats_total").asInt()).isEqualTo(15);
        assertThat(r.json().get("seats_available").asInt()).isEqualTo(12);
        ApiClient.Result publicView = new ApiClient(sim).get("/workspace");
        assertThat(publicView.data().get("display_name").asText()).isEqualTo("Acme Help Desk");
        assertThat(partner.patch("/workspaces/acme-support", "{}").status()).isEqualTo(200);
        assertThat(VendorSpecs.partnerViolations(sim)).isEmpty();
    }

    @Test
    void validatesTheUpdateRequest() {
        assertError(partner.patch("/workspaces/acme-support", "{\"display_name\":\"\"}"), 400, "invalid_request");
        assertError(partner.patch("/workspaces/acme-support", "{\"seats_purchased\":0}"), 400, "invalid_request");
        assertError(partner.patch("/workspaces/acme-support", "{\"seats_purchased\":1000}"), 400, "invalid_request");
    }

    @Test
    void lowersSeatsBelowUseBySuspendingTheNewestMembers() {
        create("Small Clinic", 4);
        List<Long> agents = userIds(partner.post("/workspaces/small-clinic/users", "{\"count\":3}").json().get("users"));

        PartnerClient.Result r = partner.patch("/workspaces/small-clinic", "{\"seats_purchased\":2}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("seats_total").asInt()).isEqualTo(2);
        assertThat(r.json().get("seats_available").asInt()).isEqualTo(0);
        assertThat(userIds(r.json().get("suspended_members"))).containsExactly(agents.get(2), agents.get(1));
        JsonNode users = partner.get("/workspaces/small-clinic").json().get("users");
        assertThat(names(users, "status")).containsExactly("active", "active", "suspended", "suspended");
        assertThat(VendorSpecs.partnerViolations(sim)).isEmpty();
    }

    @Test
    void suspendsSeededMembersWithTheirWhatsAppAccounts() {
        PartnerClient.Result r = partner.patch("/workspaces/acme-support", "{\"seats_purchased\":2}");

        JsonNode suspended = r.json().get("suspended_members");
        assertThat(suspended).singleElement().satisfies(m -> {
            assertThat(m.get("phone_numbers").get(0).asText()).isEqualTo("+4915112345678");
            assertThat(m.get("whatsapp_account_id").isIntegralNumber()).isTrue();
        });
        assertThat(sim.state().accountByPhone("+4915112345678").orElseThrow().status()).isEqualTo("suspended");
        assertThat(sim.state().teammate(suspended.get(0).get("user_id").asLong()).orElseThrow().status())
                .isEqualTo("Suspended");
        assertThat(sim.state().workspace().seats().used()).isEqualTo(2);
    }

    @Test
    void createsUsersAllOrNothing() {
        create("Acme Dental", 3);

        PartnerClient.Result created = partner.post("/workspaces/acme-dental/users", "{\"count\":2}");
        PartnerClient.Result full = partner.post("/workspaces/acme-dental/users", "{\"count\":1}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("seats_total").asInt()).isEqualTo(3);
        assertThat(created.json().get("seats_available").asInt()).isEqualTo(0);
        JsonNode users = created.json().get("users");
        assertThat(users).hasSize(2);
        assertThat(names(users, "display_name")).containsExactly("Agent 1", "Agent 2");
        users.forEach(u -> {
            assertThat(u.get("role").asText()).isEqualTo("agent");
            assertThat(u.get("status").asText()).isEqualTo("active");
            assertThat(u.get("email").asText()).isEqualTo(u.get("user_id").asLong() + "-acme-dental@partners.timelines.ai");
        });
        assertError(full, 409, "seats_full");
        assertThat(partner.get("/workspaces/acme-dental").json().get("users")).hasSize(3);
        assertThat(VendorSpecs.partnerViolations(sim)).isEmpty();
    }

    @Test
    void createsNoUserWhenTheCountExceedsTheFreeSeats() {
        create("Acme Dental", 3);

        assertError(partner.post("/workspaces/acme-dental/users", "{\"count\":3}"), 409, "seats_full");

        JsonNode ws = partner.get("/workspaces/acme-dental").json();
        assertThat(ws.get("users")).hasSize(1);
        assertThat(ws.get("seats").get("used").asInt()).isEqualTo(1);
    }

    @Test
    void validatesTheUsersRequest() {
        assertError(partner.post("/workspaces/acme-support/users", "{}"), 400, "invalid_request");
        assertError(partner.post("/workspaces/acme-support/users", "{\"count\":0}"), 400, "invalid_request");
        assertError(partner.post("/workspaces/acme-support/users", "{\"count\":100}"), 400, "invalid_request");
        assertError(partner.post("/workspaces/nowhere/users", "{\"count\":1}"), 404, "workspace_not_found");
    }

    @Test
    void addsUsersOfTheSeededWorkspaceAsTeammates() {
        PartnerClient.Result r = partner.post("/workspaces/acme-support/users", "{\"count\":2}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("seats_available").asInt()).isEqualTo(10);
        ApiClient.Result teammates = new ApiClient(sim).get("/workspace/teammates");
        assertThat(teammates.data().get("teammates")).hasSize(5);
        assertThat(sim.state().workspace().seats().used()).isEqualTo(5);
    }

    private static List<Long> userIds(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("user_id").asLong()));
        return ids;
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }
}
