package dev.seed.camel.timelinesai.simulator;

import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppAccountsApiTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    @Test
    void listsTheSeededAccountsInTheSpecShape() {
        ApiClient.Result r = new ApiClient(SIM.simulator()).get("/whatsapp_accounts");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
        assertThat(r.data().get("whatsapp_accounts")).hasSize(3);
        assertThat(r.data().get("whatsapp_accounts").get(0).get("id").asText()).isEqualTo("14155550100@s.whatsapp.net");
        assertThat(r.data().get("whatsapp_accounts").get(0).get("status").asText()).isEqualTo("active");
        assertThat(r.data().get("whatsapp_accounts").get(0).get("connected_on").asText())
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void v2AddsVisibility() {
        ApiClient.Result r = new ApiClient(SIM.simulator()).get("/v2/whatsapp_accounts");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("whatsapp_accounts").get(0).get("is_visible").asBoolean()).isTrue();
    }

    @Test
    void refusesMissingAndWrongTokens() {
        ApiClient.Result missing = new ApiClient(SIM.baseUrl(), null).get("/whatsapp_accounts");
        ApiClient.Result wrong = new ApiClient(SIM.baseUrl(), "not-a-token").get("/whatsapp_accounts");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().get("error_code").asText()).isEqualTo("missing_credentials");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("error_code").asText()).isEqualTo("invalid_token");
        assertThat(wrong.json().get("message").asText()).isEqualTo("Invalid or expired token");
    }

    @Test
    void trailingSlashGetsTheHtmlNotFoundPage() {
        ApiClient.Result r = new ApiClient(SIM.simulator()).get("/whatsapp_accounts/");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("<html>");
    }

    @Test
    void wrongMethodIsRefusedWith405() {
        ApiClient.Result r = new ApiClient(SIM.simulator()).delete("/whatsapp_accounts");

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.json().get("error_code").asText()).isEqualTo("not_supported");
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).extracting(v -> v.problem())
                .anyMatch(p -> p.contains("DELETE operation not allowed"));
    }

    @Test
    void countsApiCalls() {
        long before = SIM.simulator().state().workspace().apiCallsQuota().used();
        new ApiClient(SIM.simulator()).get("/whatsapp_accounts");

        assertThat(SIM.simulator().state().workspace().apiCallsQuota().used()).isEqualTo(before + 1);
    }
}
