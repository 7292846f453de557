package dev.seed.camel.timelinesai.partner;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The partner readiness checks: the credentials are accepted (a JWT-signed call succeeds), the events path is served. */
class PartnerHealthTest extends PartnerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:good").to("timelinesai-partner:workspaces/get?healthCheckInterval=100");
                from("direct:bad").to("timelinesai-partner:workspaces/get?healthCheckInterval=100"
                        + "&partnerSecret=not-the-partner-secret-0123456789");
                from("timelinesai-partner:events?eventTypes=all&webhookPath=/partner/health").routeId("events")
                        .to("mock:events");
            }
        };
    }

    /** The check's readiness result (Camel's invoke helpers list only the DOWN checks while one is DOWN). */
    private HealthCheck.Result result(String id) {
        return HealthCheckHelper.getHealthCheckRegistry(context).getCheck(id)
                .orElseThrow(() -> new AssertionError("no check " + id)).callReadiness();
    }

    @Test
    void acceptedCredentialsAreUpAndRefusedOnesDownWithTheReason() {
        await().atMost(10, SECONDS).untilAsserted(() -> {
            HealthCheck.Result good = result("timelinesai-partner");
            HealthCheck.Result bad = result("timelinesai-partner-2");
            assertThat(java.util.List.of(good.getState(), bad.getState()))
                    .containsExactlyInAnyOrder(HealthCheck.State.UP, HealthCheck.State.DOWN);
            HealthCheck.Result down = good.getState() == HealthCheck.State.DOWN ? good : bad;
            assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m)
                    .startsWith("The partner credentials were refused (HTTP 401"));
            assertThat(down.getMessage().orElseThrow()).doesNotContain("not-the-partner-secret");
        });
        assertThat(HealthCheckHelper.invokeLiveness(context)).allSatisfy(r -> assertThat(r.getState())
                .isEqualTo(HealthCheck.State.UP));
    }

    @Test
    void theEventsConsumerIsDownWhenItsPathIsNotServed() {
        HealthCheck check = ((HealthCheckAware) context.getRoute("events").getConsumer()).getHealthCheck();
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
        // as if the HTTP server had dropped the path
        context.getComponent("platform-http", org.apache.camel.component.platform.http.PlatformHttpComponent.class)
                .removeHttpEndpoint("/partner/health");
        HealthCheck.Result result = check.call();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValue("The partner webhook path /partner/health is not served");
    }
}
