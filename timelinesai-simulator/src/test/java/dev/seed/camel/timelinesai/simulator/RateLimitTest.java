package dev.seed.camel.timelinesai.simulator;

import java.util.ArrayList;
import java.util.List;

import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The Public API's per-client rate limit over HTTP: 30/s + 10 burst by default, switchable through admin. */
class RateLimitTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.withOptions(
            SimulatorOptions.forTests().rateLimitEnabled(true).build()).resetBeforeEach();

    /** Sends requests until the first 429 (at most {@code max}); returns every answer in order. */
    private static List<ApiClient.Result> burstUntilRefused(ApiClient client, int max) {
        List<ApiClient.Result> results = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            ApiClient.Result r = client.get("/whatsapp_accounts");
            results.add(r);
            if (r.status() == 429) {
                break;
            }
        }
        return results;
    }

    @Test
    void aBurstBeyondThirtyPlusTenGets429WithRetryAfter(SimulatorAdminClient admin) {
        ApiClient client = new ApiClient(SIM.simulator());
        long apiCallsBefore = SIM.simulator().state().workspace().apiCallsQuota().used();

        List<ApiClient.Result> results = burstUntilRefused(client, 5000);

        ApiClient.Result refused = results.get(results.size() - 1);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(results.size()).isGreaterThan(40);
        assertThat(results.subList(0, 40)).extracting(ApiClient.Result::status).containsOnly(200);
        assertThat(Integer.parseInt(refused.raw().headers().firstValue("Retry-After").orElseThrow())).isGreaterThanOrEqualTo(1);
        assertThat(refused.json().path("status").asText()).isEqualTo("error");
        assertThat(refused.json().path("error_code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(refused.json().path("message").asText()).isNotBlank();
        assertThat(SIM.simulator().state().workspace().apiCallsQuota().used())
                .as("a refused request costs no API call").isEqualTo(apiCallsBefore + results.size() - 1);
        TrafficAdmin.Stats stats = admin.stats();
        assertThat(stats.rateLimited()).isEqualTo(1);
        assertThat(stats.tooManyRequests()).isEqualTo(1);
        assertThat(stats.requests()).isEqualTo(results.size());
    }

    @Test
    void aSmallerLimitSetThroughAdminAppliesAtOnce(SimulatorAdminClient admin) {
        TrafficAdmin.RateLimit limit = admin.setRateLimit(true, 1, 2);
        ApiClient client = new ApiClient(SIM.simulator());

        List<ApiClient.Result> results = burstUntilRefused(client, 100);

        assertThat(limit).isEqualTo(new TrafficAdmin.RateLimit(true, 1, 2));
        assertThat(results.subList(0, 3)).extracting(ApiClient.Result::status).containsOnly(200);
        assertThat(results.get(results.size() - 1).status()).isEqualTo(429);
    }

    @Test
    void noRequestIsRefusedWhenTheLimitIsOff(SimulatorAdminClient admin) {
        admin.setRateLimit(true, 1, 0);
        assertThat(admin.setRateLimitEnabled(false).enabled()).isFalse();
        ApiClient client = new ApiClient(SIM.simulator());

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            statuses.add(client.get("/whatsapp_accounts").status());
        }

        assertThat(statuses).containsOnly(200);
        assertThat(admin.rateLimit()).isEqualTo(new TrafficAdmin.RateLimit(false, 1, 0));
        assertThat(admin.stats().rateLimited()).isZero();
    }

    @Test
    void resetRestoresTheConfiguredLimit(SimulatorAdminClient admin) {
        admin.setRateLimit(false, 3, 4);

        admin.reset();

        assertThat(admin.rateLimit()).isEqualTo(new TrafficAdmin.RateLimit(true, 30, 10));
    }
}
