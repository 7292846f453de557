package dev.seed.camel.timelinesai.simulator;

import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.waba.WabaAnalytics;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** WABA analytics: 202 with a handle, pending until the delay passes, then ready; identical requests share it. */
class WabaAnalyticsTest {
    private static final String PATH = "/waba/accounts/" + WabaSeeder.ACCOUNT_ACTIVE + "/analytics";

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private TimelinesAiSimulator sim;
    private ApiClient api;
    private long now;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        api = ApiClient.http11(sim);
        now = Instant.now().getEpochSecond();
    }

    @AfterEach
    void everyAnswerFitsTheSpec() {
        assertThat(VendorSpecs.publicViolations(sim)).filteredOn(v -> v.direction().equals("response")).isEmpty();
    }

    private static void assertError(ApiClient.Result r, int status, String errorCode) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().path("error_code").asText()).isEqualTo(errorCode);
    }

    private String window(long start, long end, String dimensions) {
        return "{\"start\":" + start + ",\"end\":" + end + (dimensions == null ? "" : ",\"dimensions\":\"" + dimensions + "\"")
                + "}";
    }

    @Test
    void aRequestIsPendingThenReadyWithTheAccountsVolumes() {
        sim.admin().waba().setAnalyticsDelay(Duration.ofMillis(300));
        ApiClient.Result r = api.post(PATH, window(now - 7 * 86_400, now, "COUNTRY, PRICING_CATEGORY"));

        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.data().get("state").asText()).isEqualTo("pending");
        assertThat(r.data().has("result")).isFalse();
        String handle = r.data().get("handle").asText();
        assertThat(handle).matches("[0-9a-f]{32}");

        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get(PATH + "/" + handle).data().get("state").asText().equals("ready"));
        JsonNode result = api.get(PATH + "/" + handle).data().get("result");
        long sent = 0;
        for (JsonNode point : result.path("analytics").path("data_points")) {
            sent += point.get("sent").asLong();
        }
        assertThat(sent).as("the three outbound messages of the seed").isEqualTo(3);
        JsonNode pricing = result.path("pricing_analytics").path("data_points");
        assertThat(pricing.findValuesAsText("pricing_category")).contains("SERVICE", "UTILITY");
        assertThat(pricing.findValuesAsText("country")).containsOnly("US");
        assertThat(pricing.get(0).has("pricing_type")).isFalse();
        assertThat(result.toString()).doesNotContain("cost");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void anIdenticalRequestReturnsTheSameHandle() {
        String body = window(now - 86_400, now + 3_600, "PRICING_TYPE");
        String first = api.post(PATH, body).data().get("handle").asText();

        assertThat(api.post(PATH, body).data().get("handle").asText()).isEqualTo(first);
        assertThat(api.post(PATH, window(now - 86_400, now + 3_600, "COUNTRY")).data().get("handle").asText())
                .isNotEqualTo(first);
        assertThat(api.post("/waba/accounts/" + WabaSeeder.ACCOUNT_EU + "/analytics", body).data().get("handle").asText())
                .isNotEqualTo(first);
    }

    @Test
    void startAndEndAreClamped() {
        sim.admin().waba().setAnalyticsDelay(Duration.ZERO);
        long yearsAgo = now - 3 * 365 * 86_400L;
        String handle = api.post(PATH, window(yearsAgo, now + 86_400, null)).data().get("handle").asText();

        WabaAnalytics.Job job = sim.waba().analytics().find(handle);
        assertThat(job.start()).isBetween(now - 365 * 86_400L - 5, now - 365 * 86_400L + 5);
        assertThat(job.end()).isBetween(now - 5, now + 5);
        assertThat(api.get(PATH + "/" + handle).data().get("state").asText()).isEqualTo("ready");
    }

    @Test
    void anInactiveAccountsRequestEndsInError() {
        sim.admin().waba().setAnalyticsDelay(Duration.ZERO);
        String handle = api.post("/waba/accounts/" + WabaSeeder.ACCOUNT_DISABLED + "/analytics",
                window(now - 86_400, now, null)).data().get("handle").asText();

        JsonNode polled = api.get("/waba/accounts/" + WabaSeeder.ACCOUNT_DISABLED + "/analytics/" + handle).data();
        assertThat(polled.get("state").asText()).isEqualTo("error");
        assertThat(polled.path("error").path("code").asInt()).isEqualTo(409);
    }

    @Test
    void badRequestsAreRefused() {
        assertError(api.post(PATH, "{\"start\":1}"), 400, "validation_error");
        assertError(api.post(PATH, "{\"end\":1}"), 400, "validation_error");
        assertError(api.post(PATH, window(now, now - 10, null)), 400, "validation_error");
        assertError(api.post(PATH, window(now + 100, now + 200, null)), 400, "validation_error");
        assertError(api.post(PATH, window(now - 10, now, "COUNTRY,COST")), 400, "validation_error");
        assertError(api.post(PATH, "{\"start\":1,\"end\":2,\"granularity\":\"DAY\"}"), 400, "validation_error");
        assertError(api.post("/waba/accounts/77/analytics", window(now - 10, now, null)), 404, "not_found");
        assertError(api.get(PATH + "/0123456789abcdef0123456789abcdef"), 404, "not_found");
    }
}
