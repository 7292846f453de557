package dev.seed.camel.timelinesai.health;

import java.time.Instant;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two CamelContexts in one JVM with the same token and base URL: each has its own readiness check. */
class TwoContextsHealthTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private final CamelContext first = context("first");
    private final CamelContext second = context("second");

    @AfterEach
    void stop() {
        first.stop();
        second.stop();
    }

    private static CamelContext context(String name) {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setBaseUrl(SIMULATOR.baseUrl());
        component.setToken(SIMULATOR.token());
        context.addComponent("timelinesai", component);
        return context;
    }

    private static void start(CamelContext context) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("timelinesai:messages/send?healthCheckInterval=100");
            }
        });
        context.start();
    }

    private static HealthCheck check(CamelContext context) {
        HealthCheckRegistry registry = HealthCheckHelper.getHealthCheckRegistry(context);
        return registry.getCheck("timelinesai").orElseThrow(() -> new AssertionError("no check in " + context));
    }

    @Test
    void eachContextHasItsOwnCheckAndStoppingOneLeavesTheOtherUp() throws Exception {
        start(first);
        start(second);
        HealthCheck firstCheck = check(first);
        HealthCheck secondCheck = check(second);
        assertThat(firstCheck).isNotSameAs(secondCheck);
        assertThat(HealthCheckHelper.getHealthCheckRegistry(second).getCheck("timelinesai-2")).isEmpty();
        await().atMost(20, SECONDS).until(() -> firstCheck.callReadiness().getState() == HealthCheck.State.UP);
        await().atMost(20, SECONDS).until(() -> secondCheck.callReadiness().getState() == HealthCheck.State.UP);

        first.stop();
        assertThat(HealthCheckHelper.getHealthCheckRegistry(first).getCheck("timelinesai")).isEmpty();
        assertThat(first.getComponent("timelinesai", TimelinesAiComponent.class).getReadinessProbes().size()).isZero();
        Instant stopped = Instant.now();
        // a read made after the first context stopped, through the second context's own endpoint
        await().atMost(20, SECONDS).untilAsserted(() -> {
            HealthCheck.Result result = secondCheck.callReadiness();
            assertThat(Instant.parse((String) result.getDetails().get("timelinesai.checked.at"))).isAfter(stopped);
            assertThat(result.getState()).as(String.valueOf(result.getMessage())).isEqualTo(HealthCheck.State.UP);
        });
        assertThat(check(second)).isSameAs(secondCheck);
    }
}
