package dev.seed.camel.timelinesai;

import java.util.List;

import dev.seed.camel.timelinesai.model.WhatsAppAccount;
import dev.seed.camel.timelinesai.simulator.Seeder;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** accounts/list against the simulator, v1 and the membership-scoped v2 variant, and the error paths. */
class AccountsOperationsTest extends TimelinesAiTestSupport {

    @Test
    void listsTheWorkspaceAccounts() {
        Exchange exchange = ok("timelinesai:accounts/list", null);
        List<WhatsAppAccount> accounts = exchange.getMessage().getBody(List.class);
        assertThat(accounts).extracting(WhatsAppAccount::phone).containsExactlyInAnyOrderElementsOf(Seeder.ACCOUNT_PHONES);
        assertThat(accounts).allSatisfy(a -> {
            assertThat(a.id()).endsWith("@s.whatsapp.net");
            assertThat(a.status()).isEqualTo("active");
            assertThat(a.isVisible()).isNull();
        });
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.RESULT_COUNT)).isEqualTo(3);
        assertNoContractViolations();
    }

    @Test
    void membershipScopedListUsesV2() {
        List<WhatsAppAccount> accounts = ok("timelinesai:accounts/list?membershipScoped=true", null).getMessage()
                .getBody(List.class);
        assertThat(accounts).hasSize(3).allSatisfy(a -> assertThat(a.isVisible()).isTrue());
        assertNoContractViolations();
    }

    @Test
    void wrongTokenGivesAuthenticationException() {
        Exchange exchange = call("timelinesai:accounts/list?token=not-a-valid-token", null);
        assertThat(exchange.getException()).isInstanceOf(TimelinesAiAuthenticationException.class);
        TimelinesAiAuthenticationException e = (TimelinesAiAuthenticationException) exchange.getException();
        assertThat(e.getHttpStatus()).isEqualTo(401);
        assertThat(e.getHttpResponseCode()).isEqualTo(401);
        assertThat(e.getErrorCode()).isEqualTo("invalid_token");
        assertThat(e.getMessage()).contains("GET /whatsapp_accounts").doesNotContain("not-a-valid-token");
    }

    @Test
    void apiCallsQuotaExhaustedGivesQuotaException() {
        simulator().state().workspace().apiCallsQuota().setUsed(simulator().state().workspace().apiCallsQuota().total());
        Exchange exchange = call("timelinesai:accounts/list", null);
        assertThat(exchange.getException()).isInstanceOf(TimelinesAiQuotaExceededException.class);
        assertThat(((TimelinesAiException) exchange.getException()).getHttpStatus()).isEqualTo(429);
    }
}
