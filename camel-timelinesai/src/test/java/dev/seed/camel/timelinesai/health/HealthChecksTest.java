package dev.seed.camel.timelinesai.health;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.seed.camel.timelinesai.TimelinesAiTestSupport;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The health checks without an HTTP server: the API budget of the readiness check, poll mode, liveness. */
class HealthChecksTest extends TimelinesAiTestSupport {
    @TempDir
    static Path state;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("timelinesai:messages/send?healthCheckInterval=600000");
                from("timelinesai:events?mode=poll&eventTypes=message:received:new&pollDelay=100"
                        + "&pollFailureThreshold=2&healthCheckInterval=600000&pollStateFile="
                        + state.resolve("cursor.json")).routeId("poll").to("mock:poll");
            }
        };
    }

    /** The check's readiness result (Camel's invoke helpers list only the DOWN checks while one is DOWN). */
    private HealthCheck.Result result(String id) {
        return HealthCheckHelper.getHealthCheckRegistry(context).getCheck(id)
                .orElseThrow(() -> new AssertionError("no check " + id)).callReadiness();
    }

    @Test
    void probesShareOneCachedReadAndNeverRunTwoAtOnce() throws Exception {
        long before = simulator().admin().stats().requests();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Collection<HealthCheck.Result>>> probes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                probes.add(() -> HealthCheckHelper.invokeReadiness(context));
            }
            for (Future<Collection<HealthCheck.Result>> f : pool.invokeAll(probes)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(result("timelinesai").getState()).isEqualTo(HealthCheck.State.UP);
        long readinessCalls = simulator().admin().stats().requests() - before;
        // two calls for the one read (accounts and workspace); the poll consumer may add its own calls meanwhile
        assertThat(readinessCalls).isLessThanOrEqualTo(2 + pollCalls());
    }

    /** The poll consumer's own check (Camel Main shows it in the consumer:poll check). */
    private HealthCheck.Result pollResult() {
        return ((org.apache.camel.health.HealthCheckAware) context.getRoute("poll").getConsumer()).getHealthCheck()
                .call();
    }

    private long pollCalls() {
        return ((dev.seed.camel.timelinesai.consumer.TimelinesAiPollConsumer) context.getRoute("poll").getConsumer())
                .getApiCallCount();
    }

    @Test
    void pollModeIsDownAfterFailedPollsInARowAndUpAgainAfterASuccess() {
        simulator().admin().addFault(FaultSpec.status(401).pathPrefix("/chats"));
        await().atMost(20, SECONDS).untilAsserted(() -> {
            HealthCheck.Result poll = pollResult();
            assertThat(poll.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(poll.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("polls in a row failed"));
        });
        simulator().admin().clearFaults();
        await().atMost(20, SECONDS).untilAsserted(() -> assertThat(pollResult().getState())
                .isEqualTo(HealthCheck.State.UP));
    }

    @Test
    void livenessIgnoresTimelinesAi() {
        simulator().admin().setTokenValid(false);
        assertThat(HealthCheckHelper.invokeLiveness(context)).allSatisfy(r -> assertThat(r.getState())
                .isEqualTo(HealthCheck.State.UP));
        assertThat(result("timelinesai").getState()).isEqualTo(HealthCheck.State.DOWN);
    }
}
