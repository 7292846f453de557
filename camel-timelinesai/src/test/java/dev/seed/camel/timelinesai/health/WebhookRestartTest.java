package dev.seed.camel.timelinesai.health;

import java.time.Duration;
import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.consumer.EventsTestSupport;
import dev.seed.camel.timelinesai.model.WebhookInfo;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The subscription watch of a webhook consumer across restarts: it repairs nothing while the consumer registers,
 * a route stopped and started again still repairs a subscription deleted afterwards, and a stopped context keeps
 * no watch thread, watch or readiness probe.
 */
class WebhookRestartTest extends EventsTestSupport {
    private static final String TYPE = "chat:new";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("/restart", TYPE) + "&healthCheckInterval=100").routeId("hooks").to("mock:hooks");
            }
        };
    }

    private HealthCheck.Result check() {
        return ((HealthCheckAware) context.getRoute("hooks").getConsumer()).getHealthCheck().call();
    }

    private List<WebhookInfo> ours() {
        return subscriptions().stream().filter(w -> TYPE.equals(w.eventType())).toList();
    }

    /**
     * Deletes the subscription as a teammate would and waits until the watch has recreated it (the simulator, like
     * TimelinesAI, revives a deleted subscription with the same id when the same event type and URL are posted).
     */
    private void deleteAndAwaitRepair() {
        long id = await().atMost(20, SECONDS).until(() -> ours().stream().filter(WebhookInfo::enabled)
                .map(WebhookInfo::id).findFirst().orElse(null), java.util.Objects::nonNull);
        // the watch of this run has read the subscription and repaired nothing yet
        await().atMost(20, SECONDS).untilAsserted(() -> assertThat(check().getDetails())
                .containsEntry("timelinesai.subscription." + TYPE, "enabled id=" + id + " errors_counter=0")
                .containsEntry("timelinesai.webhook.repairs", 0L));
        simulator().admin().deleteWebhook(id);
        await().atMost(20, SECONDS).untilAsserted(() -> {
            HealthCheck.Result result = check();
            assertThat(result.getDetails()).containsEntry("timelinesai.webhook.repairs", 1L);
            assertThat(String.valueOf(result.getDetails().get("timelinesai.subscription." + TYPE)))
                    .startsWith("enabled id=");
            assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        });
        assertThat(ours()).hasSize(1).allMatch(WebhookInfo::enabled);
    }

    @Test
    void aRouteStoppedAndStartedAgainStillRepairsItsSubscriptions() throws Exception {
        await().atMost(20, SECONDS).until(() -> check().getDetails().containsKey("timelinesai.subscription." + TYPE));
        context.getRouteController().stopRoute("hooks");
        context.getRouteController().startRoute("hooks");

        deleteAndAwaitRepair();
    }

    @Test
    void nothingIsRepairedWhileTheConsumerIsStillRegistering() throws Exception {
        await().atMost(20, SECONDS).until(() -> check().getDetails().containsKey("timelinesai.subscription." + TYPE));
        context.getRouteController().stopRoute("hooks");
        // the consumer's own registration takes a while: the watch must not take the subscription for deleted
        simulator().admin().addFault(FaultSpec.latency(Duration.ofMillis(1500)).method("POST")
                .pathPrefix("/webhooks").times(1));
        context.getRouteController().startRoute("hooks");

        await().atMost(20, SECONDS).untilAsserted(() -> assertThat(check().getDetails())
                .hasEntrySatisfying("timelinesai.subscription." + TYPE, v -> assertThat(v).asString()
                        .startsWith("enabled id=")));
        assertThat(check().getDetails()).containsEntry("timelinesai.webhook.repairs", 0L);
    }

    @Test
    void aStoppedContextLeavesNoWatchThreadWatchOrProbe() {
        await().atMost(20, SECONDS).until(() -> !watchThreads().isEmpty());
        TimelinesAiEndpoint endpoint = (TimelinesAiEndpoint) context.getRoute("hooks").getEndpoint();
        TimelinesAiComponent component = context.getComponent("timelinesai", TimelinesAiComponent.class);
        await().atMost(20, SECONDS).until(() -> TimelinesAiHealth.watchOf(endpoint) != null);
        assertThat(component.getReadinessProbes().size()).isOne();

        context.stop();
        await().atMost(20, SECONDS).untilAsserted(() -> assertThat(watchThreads()).isEmpty());
        assertThat(TimelinesAiHealth.watchOf(endpoint)).isNull();
        assertThat(TimelinesAiHealth.probeOf(endpoint)).isNull();
        assertThat(component.getReadinessProbes().size()).isZero();
    }

    private static List<String> watchThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.contains(TimelinesAiHealth.WATCH_THREAD)).toList();
    }
}
