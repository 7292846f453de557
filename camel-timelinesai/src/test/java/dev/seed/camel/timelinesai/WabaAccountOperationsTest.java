package dev.seed.camel.timelinesai;

import dev.seed.camel.timelinesai.model.waba.WabaAccount;
import dev.seed.camel.timelinesai.model.waba.WabaAccountList;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** wabaAccounts/list and get (with the WABA profile) against the simulator. */
class WabaAccountOperationsTest extends TimelinesAiTestSupport {

    @Test
    void listsEveryAccount() {
        Exchange exchange = ok("timelinesai:wabaAccounts/list", null);
        WabaAccountList accounts = exchange.getMessage().getBody(WabaAccountList.class);
        assertThat(accounts.wabaAccounts()).extracting(WabaAccount::id).containsExactlyInAnyOrder(
                WabaSeeder.ACCOUNT_ACTIVE, WabaSeeder.ACCOUNT_DISABLED, WabaSeeder.ACCOUNT_EU,
                WabaSeeder.ACCOUNT_DISCONNECTED);
        assertThat(accounts).filteredOn(WabaAccount::isActive).extracting(WabaAccount::id)
                .containsExactlyInAnyOrder(WabaSeeder.ACCOUNT_ACTIVE, WabaSeeder.ACCOUNT_EU);
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.RESULT_COUNT)).isEqualTo(4);
        assertNoContractViolations();
    }

    @Test
    void getsAnAccountWithItsProfileByOptionHeaderOrBody() {
        WabaAccount byOption = ok("timelinesai:wabaAccounts/get?wabaAccountId=4021", null).getMessage()
                .getBody(WabaAccount.class);
        assertThat(byOption.displayPhoneNumber()).isEqualTo("+1 555 010 1234");
        assertThat(byOption.connectedAt()).isNotNull();
        assertThat(byOption.wabaProfile().metaWabaId()).isEqualTo(WabaSeeder.PROFILE_MAIN);
        assertThat(byOption.wabaProfile().accountIds()).containsExactlyInAnyOrder(WabaSeeder.ACCOUNT_ACTIVE,
                WabaSeeder.ACCOUNT_DISABLED);

        WabaAccount byHeader = ok("timelinesai:wabaAccounts/get?wabaAccountId=4021", null,
                TimelinesAiConstants.WABA_ACCOUNT_ID, 4032L).getMessage().getBody(WabaAccount.class);
        assertThat(byHeader.id()).isEqualTo(WabaSeeder.ACCOUNT_DISCONNECTED);
        assertThat(byHeader.isActive()).isFalse();
        assertThat(byHeader.wabaProfile().metaWabaId()).isEqualTo(WabaSeeder.PROFILE_EU);

        WabaAccount byBody = ok("timelinesai:wabaAccounts/get", "4031").getMessage().getBody(WabaAccount.class);
        assertThat(byBody.id()).isEqualTo(WabaSeeder.ACCOUNT_EU);
        assertNoContractViolations();
    }

    @Test
    void anUnknownAccountIsATyped404AndAMissingOneIsNamed() {
        assertThat(call("timelinesai:wabaAccounts/get?wabaAccountId=9999", null).getException())
                .isInstanceOfSatisfying(TimelinesAiNotFoundException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(404);
                    assertThat(e.getErrorCode()).isEqualTo("not_found");
                    assertThat(e.getApiMessage()).isNotBlank();
                });
        assertThat(call("timelinesai:wabaAccounts/get", null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wabaAccountId")
                .hasMessageContaining(TimelinesAiConstants.WABA_ACCOUNT_ID);
    }
}
