package dev.seed.camel.timelinesai;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.limit.RequestGuard;
import dev.seed.camel.timelinesai.limit.LocalRequestLimiter;
import dev.seed.camel.timelinesai.limit.TimelinesAiRetryPolicy;
import dev.seed.camel.timelinesai.limit.TimelinesAiStatistics;
import dev.seed.camel.timelinesai.internal.transport.ApiTransport;
import dev.seed.camel.timelinesai.internal.transport.HttpClientFactory;
import dev.seed.camel.timelinesai.internal.transport.HttpSettings;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A token set on the running component is used by its endpoints from the next request on; a request refused
 * because its token was replaced meanwhile goes out once more with the new token, and only then.
 */
class TokenChangeTest extends TimelinesAiTestSupport {

    @Test
    void endpointsWithoutTheirOwnTokenFollowTheComponent() {
        TimelinesAiComponent component = context.getComponent("timelinesai", TimelinesAiComponent.class);
        assertThat(ok("timelinesai:workspace/get", null).getException()).isNull();

        component.setToken("revoked-token-0000");
        Exchange refused = call("timelinesai:workspace/get", null);
        component.setToken(SIMULATOR.token());
        Exchange accepted = call("timelinesai:workspace/get", null);
        Exchange own = call("timelinesai:workspace/get?token=another-wrong-token", null);

        assertThat(refused.getException()).isInstanceOf(TimelinesAiAuthenticationException.class);
        assertThat(accepted.getException()).isNull();
        assertThat(own.getException()).isInstanceOf(TimelinesAiAuthenticationException.class);
    }

    @Test
    void aRequestRefusedWithAReplacedTokenIsSentOnceMoreWithTheNewOne() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        Supplier<String> replacedInFlight = () -> asked.getAndIncrement() == 0 ? "replaced-token" : SIMULATOR.token();
        try (CloseableHttpClient http = HttpClientFactory.create(context, new HttpSettings(5000, 10000, null, null,
                null, null), "test")) {
            TimelinesAiClient rotating = new TimelinesAiClient(new ApiTransport(http, SIMULATOR.baseUrl(),
                    replacedInFlight).retryWhenTokenChanged());
            TimelinesAiClient stuck = new TimelinesAiClient(new ApiTransport(http, SIMULATOR.baseUrl(),
                    () -> "always-wrong").retryWhenTokenChanged());

            long before = simulator().admin().stats().requests();
            assertThat(rotating.workspace().get()).isNotNull();
            long afterRotation = simulator().admin().stats().requests();
            assertThatThrownBy(() -> stuck.workspace().get()).isInstanceOf(TimelinesAiAuthenticationException.class);
            long afterStuck = simulator().admin().stats().requests();

            assertThat(asked.get()).isEqualTo(2);
            assertThat(afterRotation - before).isEqualTo(2);
            assertThat(afterStuck - afterRotation).isEqualTo(1);
        }
    }

    @Test
    void theResendAfterATokenChangeTakesALimiterPermit() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        Supplier<String> replacedInFlight = () -> asked.getAndIncrement() == 0 ? "replaced-token" : SIMULATOR.token();
        LocalRequestLimiter limiter = new LocalRequestLimiter(1000, 10);
        TimelinesAiStatistics statistics = new TimelinesAiStatistics();
        try (CloseableHttpClient http = HttpClientFactory.create(context, new HttpSettings(5000, 10000, null, null,
                null, null), "test")) {
            TimelinesAiClient rotating = new TimelinesAiClient(new ApiTransport(http, SIMULATOR.baseUrl(),
                    replacedInFlight).retryWhenTokenChanged()
                    .guardedBy(new RequestGuard(limiter, TimelinesAiRetryPolicy.NONE, statistics)));

            assertThat(rotating.workspace().get()).isNotNull();

            assertThat(asked.get()).isEqualTo(2);
            assertThat(limiter.getAcquiredCount()).as("one permit per request sent, the resend included").isEqualTo(2);
            assertThat(statistics.getRequestCount()).isEqualTo(2);
        }
    }
}
