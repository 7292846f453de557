package dev.seed.camel.timelinesai.simulator;

import java.time.Duration;

import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient.AdminException;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import dev.seed.camel.timelinesai.simulator.WorkspaceAdmin.QuotaUpdate;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Round trips of the typed admin client against the admin API. */
class AdminApiTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    @Test
    void theExtensionResolvesTheSimulatorsAdminClient(SimulatorAdminClient admin, TimelinesAiSimulator simulator) {
        assertThat(admin).isSameAs(simulator.admin());
        assertThat(new SimulatorAdminClient(simulator.rootUrl() + "/").rateLimit()).isEqualTo(admin.rateLimit());
    }

    @Test
    void resetRestoresTheSeededWorkspaceAndDropsFaultsAndLogs(SimulatorAdminClient admin) {
        var state = SIM.simulator().state();
        Chat extra = state.addChat(new Chat(state.nextChatId(), "15550001111@s.whatsapp.net", false,
                state.accounts().get(0).id(), "Extra", "+15550001111", state.now()), true);
        admin.addFault(FaultSpec.latency(Duration.ofMillis(10)));
        new ApiClient(SIM.simulator()).get("/whatsapp_accounts");
        admin.setAccountStatus(Seeder.ACCOUNT_PHONES.get(1), "disconnected");

        admin.reset();

        assertThat(state.chat(extra.id())).isEmpty();
        assertThat(state.chats()).hasSize(Seeder.DIRECT_CHATS + 1);
        assertThat(state.accountByPhone(Seeder.ACCOUNT_PHONES.get(1)).orElseThrow().status()).isEqualTo("active");
        assertThat(admin.faults()).isEmpty();
        assertThat(admin.deliveries()).isEmpty();
        assertThat(admin.stats()).isEqualTo(new TrafficAdmin.Stats(0, 0, 0, 0, 0, 0));
    }

    @Test
    void quotasCanBeSetPartially(SimulatorAdminClient admin) {
        Workspace workspace = SIM.simulator().state().workspace();
        long apiTotal = workspace.apiCallsQuota().total();

        WorkspaceAdmin.Quotas quotas = admin.setQuotas(QuotaUpdate.messaging(10, 9));

        assertThat(quotas.messagingTotal()).isEqualTo(10);
        assertThat(quotas.messagingUsed()).isEqualTo(9);
        assertThat(quotas.apiCallsTotal()).isEqualTo(apiTotal);
        assertThat(workspace.messagingQuota().remaining()).isEqualTo(1);

        admin.setQuotas(QuotaUpdate.apiCalls(5, 5));
        ApiClient.Result refused = new ApiClient(SIM.simulator()).get("/whatsapp_accounts");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("error_code").asText()).isEqualTo("quota_exceeded");
        assertThatThrownBy(() -> admin.setQuotas(new QuotaUpdate(-1L, null, null, null)))
                .isInstanceOfSatisfying(AdminException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void contractViolationsAndStatsAreReported(SimulatorAdminClient admin) {
        ApiClient client = new ApiClient(SIM.simulator());
        client.get("/whatsapp_accounts");
        client.delete("/whatsapp_accounts");

        assertThat(VendorSpecs.checked(admin.contractViolations())).isNotEmpty().allSatisfy(v -> {
            assertThat(v.method()).isEqualTo("DELETE");
            assertThat(v.path()).isEqualTo("/whatsapp_accounts");
        });
        assertThat(admin.stats().requests()).isEqualTo(2);
    }

    @Test
    void accountStatusChangesAreValidated(SimulatorAdminClient admin) {
        String phone = Seeder.ACCOUNT_PHONES.get(0);

        assertThatThrownBy(() -> admin.setAccountStatus("+19999999999", "connected"))
                .isInstanceOfSatisfying(AdminException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> admin.setAccountStatus(phone, "banned"))
                .isInstanceOfSatisfying(AdminException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("connected, disconnected, suspended, resumed");
                });
        assertThatThrownBy(() -> admin.setAccountStatus(phone, "resumed"))
                .isInstanceOfSatisfying(AdminException.class, e -> assertThat(e.status()).isEqualTo(400));

        WorkspaceAdmin.AccountStatus disconnected = admin.setAccountStatus(phone.substring(1), "disconnected");

        assertThat(disconnected.phone()).isEqualTo(phone);
        assertThat(disconnected.eventType()).isEqualTo("whatsapp:account:disconnected");
        ApiClient.Result accounts = new ApiClient(SIM.simulator()).get("/whatsapp_accounts");
        assertThat(accounts.data().path("whatsapp_accounts").get(0).path("status").asText()).isEqualTo("disconnected");
    }

    @Test
    void aCallToANewNumberCreatesTheChat(SimulatorAdminClient admin) {
        MessagingAdmin.LoggedCall call = admin.logCall(MessagingAdmin.CallSpec.incoming("+4930999888", "Rejected")
                .name("Unknown Caller"));

        Chat chat = SIM.simulator().state().chat(call.chatId()).orElseThrow();
        assertThat(chat.name()).isEqualTo("Unknown Caller");
        assertThat(chat.phone()).isEqualTo("+4930999888");
        assertThat(chat.lastMessageUid()).isEqualTo(call.messageUid());
        assertThat(call.eventType()).isEqualTo("call:incoming:ended");
        assertThatThrownBy(() -> admin.logCall(MessagingAdmin.CallSpec.incoming("12", "Missed")))
                .hasMessageContaining("phone");
        assertThatThrownBy(() -> admin.logCall(MessagingAdmin.CallSpec.incoming("+4930999888", "Missed")
                .accountPhone("+10000000000"))).isInstanceOfSatisfying(AdminException.class,
                e -> assertThat(e.status()).isEqualTo(404));
    }
}
