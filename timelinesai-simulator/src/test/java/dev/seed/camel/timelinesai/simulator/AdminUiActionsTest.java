package dev.seed.camel.timelinesai.simulator;

import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient.AdminException;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.state.WebhookSubscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admin calls that act like a teammate in the web app: subscriptions, the token, every account. */
class AdminUiActionsTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    @Test
    void aSubscriptionIsDisabledEnabledAndDeletedAsInTheUi(SimulatorAdminClient admin) {
        ApiClient api = new ApiClient(SIM.simulator());
        long id = api.post("/webhooks", "{\"event_type\":\"chat:new\",\"url\":\"http://127.0.0.1:9/hook\"}")
                .data().path("id").asLong();

        admin.setWebhookEnabled(id, false);
        assertThat(api.get("/webhooks/" + id).data().path("enabled").asBoolean()).isFalse();
        assertThat(SIM.simulator().state().subscribers("chat:new")).isEmpty();
        admin.setWebhookEnabled(id, true);
        assertThat(SIM.simulator().state().subscribers("chat:new")).extracting(WebhookSubscription::id)
                .containsExactly(id);

        admin.deleteWebhook(id);
        assertThat(api.get("/webhooks/" + id).status()).isEqualTo(404);
        assertThatThrownBy(() -> admin.deleteWebhook(id)).isInstanceOfSatisfying(AdminException.class,
                e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void aRevokedTokenGets401UntilRestored(SimulatorAdminClient admin) {
        ApiClient api = new ApiClient(SIM.simulator());
        admin.setTokenValid(false);
        assertThat(api.get("/whatsapp_accounts").status()).isEqualTo(401);
        admin.setTokenValid(true);
        assertThat(api.get("/whatsapp_accounts").status()).isEqualTo(200);
    }

    @Test
    void everyAccountDisconnectsAndReconnects(SimulatorAdminClient admin) {
        ApiClient api = new ApiClient(SIM.simulator());
        assertThat(admin.setAllAccountsConnected(false)).containsExactlyInAnyOrderElementsOf(Seeder.ACCOUNT_PHONES);
        assertThat(api.get("/whatsapp_accounts").data().path("whatsapp_accounts"))
                .allSatisfy(a -> assertThat(a.path("status").asText()).isEqualTo("disconnected"));
        assertThat(admin.setAllAccountsConnected(false)).isEmpty();
        assertThat(admin.setAllAccountsConnected(true)).containsExactlyInAnyOrderElementsOf(Seeder.ACCOUNT_PHONES);
        assertThat(api.get("/whatsapp_accounts").data().path("whatsapp_accounts"))
                .allSatisfy(a -> assertThat(a.path("status").asText()).isEqualTo("active"));
    }
}
