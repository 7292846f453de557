package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.time.Instant;

import dev.seed.camel.timelinesai.model.waba.WabaAnalytics;
import dev.seed.camel.timelinesai.model.waba.WabaAnalyticsDimension;
import dev.seed.camel.timelinesai.model.waba.WabaAnalyticsRequest;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * wabaAccounts/analytics, analyticsResult and awaitAnalytics: a handle that becomes ready, one that fails, one
 * that is not ready in time, and one that does not exist.
 */
class WabaAccountAnalyticsTest extends TimelinesAiTestSupport {
    private static final String WEEK = "analyticsStart=" + Instant.now().minus(Duration.ofDays(7)).getEpochSecond();

    private WabaAnalytics body(Exchange exchange) {
        return exchange.getMessage().getBody(WabaAnalytics.class);
    }

    @Test
    void aRequestedHandleBecomesReadyAndIsReadByHandle() {
        simulator().admin().waba().setAnalyticsDelay(Duration.ofMillis(300));
        String uri = "timelinesai:wabaAccounts/analytics?wabaAccountId=4021&" + WEEK + "&analyticsEnd="
                + Instant.now().getEpochSecond() + "&analyticsDimensions=PRICING_CATEGORY";
        WabaAnalytics requested = body(ok(uri, null));
        assertThat(requested.handle()).matches("[0-9a-f]{32}");
        assertThat(requested.isPending()).isTrue();
        // an identical request finds the same computation
        assertThat(body(ok(uri, null)).handle()).isEqualTo(requested.handle());

        await().atMost(10, SECONDS).until(() -> body(ok("timelinesai:wabaAccounts/analyticsResult?wabaAccountId=4021",
                requested)).isReady());
        WabaAnalytics ready = body(ok("timelinesai:wabaAccounts/analyticsResult?wabaAccountId=4021&analyticsHandle="
                + requested.handle(), null));
        assertThat(ready.isReady()).isTrue();
        assertThat(ready.result().path("analytics").path("data_points")).isNotEmpty();
        assertThat(ready.result().path("pricing_analytics").path("data_points").get(0).has("pricing_category"))
                .isTrue();
        assertThat(body(ok("timelinesai:wabaAccounts/analyticsResult?wabaAccountId=4031", requested.handle()))
                .isReady()).as("the handle is workspace-wide").isTrue();
        assertNoContractViolations();
    }

    @Test
    void awaitAnalyticsRequestsThenPollsUntilReady() {
        simulator().admin().waba().setAnalyticsDelay(Duration.ofMillis(300));
        WabaAnalyticsRequest request = WabaAnalyticsRequest.of(Instant.now().minus(Duration.ofDays(7)), Instant.now(),
                WabaAnalyticsDimension.COUNTRY, WabaAnalyticsDimension.PRICING_TYPE);
        Exchange exchange = ok("timelinesai:wabaAccounts/awaitAnalytics?pollInterval=50&awaitTimeout=20s",
                request, TimelinesAiConstants.WABA_ACCOUNT_ID, WabaSeeder.ACCOUNT_ACTIVE);
        WabaAnalytics ready = body(exchange);
        assertThat(ready.isReady()).isTrue();
        assertThat(ready.result().path("pricing_analytics").path("data_points").get(0).has("country")).isTrue();
        assertThat(ready.result().path("pricing_analytics").path("data_points").get(0).has("pricing_type")).isTrue();

        // options instead of a body; end defaults to now
        WabaAnalytics fromOptions = body(ok("timelinesai:wabaAccounts/awaitAnalytics?wabaAccountId=4031&pollInterval=50&"
                + WEEK, null));
        assertThat(fromOptions.isReady()).isTrue();
        assertNoContractViolations();
    }

    @Test
    void awaitAnalyticsWaitsForAHandleOfAnEarlierRequest() {
        simulator().admin().waba().setAnalyticsDelay(Duration.ofMillis(300));
        WabaAnalytics requested = body(ok("timelinesai:wabaAccounts/analytics?wabaAccountId=4021&" + WEEK, null));
        // a known handle is only read: another analytics request would now fail
        simulator().admin().addFault(FaultSpec.status(500).method("POST").pathPrefix("/waba/accounts"));
        WabaAnalytics ready = body(ok("timelinesai:wabaAccounts/awaitAnalytics?wabaAccountId=4021&pollInterval=50",
                requested));
        assertThat(ready.handle()).isEqualTo(requested.handle());
        assertThat(ready.isReady()).isTrue();
        WabaAnalytics byOption = body(ok("timelinesai:wabaAccounts/awaitAnalytics?wabaAccountId=4021&" + WEEK
                + "&analyticsHandle=" + requested.handle(), null));
        assertThat(byOption.handle()).isEqualTo(requested.handle());
        assertThat(simulator().admin().faults().get(0).fired()).isZero();
        assertNoContractViolations();
    }

    @Test
    void awaitAnalyticsTimesOutWithTheHandleToReadLater() {
        simulator().admin().waba().setAnalyticsDelay(Duration.ofMinutes(10));
        Exchange exchange = call("timelinesai:wabaAccounts/awaitAnalytics?wabaAccountId=4021&pollInterval=50"
                + "&awaitTimeout=300&" + WEEK, null);
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiAnalyticsTimeoutException.class, e -> {
            assertThat(e.getHandle()).matches("[0-9a-f]{32}");
            assertThat(e.getLastState()).isEqualTo(WabaAnalytics.PENDING);
            assertThat(e.getMessage()).contains(e.getHandle()).contains("300 ms");
            assertThat(body(ok("timelinesai:wabaAccounts/analyticsResult?wabaAccountId=4021", e.getHandle()))
                    .isPending()).isTrue();
        });
    }

    @Test
    void analyticsOfAnAccountThatStopsBeingActiveFail() {
        simulator().admin().waba().setAnalyticsDelay(Duration.ofSeconds(2));
        WabaAnalytics requested = body(ok("timelinesai:wabaAccounts/analytics?wabaAccountId=4021&" + WEEK, null));
        simulator().admin().waba().setAccountStatus(WabaSeeder.ACCOUNT_ACTIVE, "disabled");
        Exchange exchange = call("timelinesai:wabaAccounts/awaitAnalytics?wabaAccountId=4021&pollInterval=100"
                + "&awaitTimeout=30s", requested);
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiAnalyticsFailedException.class, e -> {
            assertThat(e.getHandle()).isEqualTo(requested.handle());
            assertThat(e.getCode()).isEqualTo(409);
            assertThat(e.getApiMessage()).isNotBlank();
        });
        // analyticsResult does not wait: it returns the failed state as it is
        WabaAnalytics failed = body(ok("timelinesai:wabaAccounts/analyticsResult?wabaAccountId=4021", requested));
        assertThat(failed.isFailed()).isTrue();
        assertThat(failed.error().code()).isEqualTo(409);
    }

    @Test
    void anUnknownHandleIsATyped404() {
        String bad = "0".repeat(32);
        for (String uri : new String[] {"timelinesai:wabaAccounts/analyticsResult?wabaAccountId=4021",
                "timelinesai:wabaAccounts/awaitAnalytics?wabaAccountId=4021&pollInterval=50&analyticsHandle=" + bad}) {
            assertThat(call(uri, bad).getException()).as(uri)
                    .isInstanceOfSatisfying(TimelinesAiNotFoundException.class, e -> {
                        assertThat(e.getHttpStatus()).isEqualTo(404);
                        assertThat(e.getErrorCode()).isEqualTo("not_found");
                        assertThat(e.getApiMessage()).contains(bad);
                    });
        }
    }

    @Test
    void badInputsAreNamedBeforeAnythingIsSent() {
        assertThat(call("timelinesai:wabaAccounts/awaitAnalytics?wabaAccountId=4021", null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("analyticsStart");
        assertThat(call("timelinesai:wabaAccounts/analytics?" + WEEK, null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wabaAccountId");
        assertThat(call("timelinesai:wabaAccounts/analytics?wabaAccountId=4021&analyticsStart=200&analyticsEnd=100",
                null).getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after end");
        assertThat(call("timelinesai:wabaAccounts/analyticsResult?wabaAccountId=4021", null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("analyticsHandle");
        assertThat(simulator().admin().stats().requests()).isZero();
    }
}
