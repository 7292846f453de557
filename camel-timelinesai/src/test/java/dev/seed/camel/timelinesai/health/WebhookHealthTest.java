package dev.seed.camel.timelinesai.health;

import dev.seed.camel.timelinesai.consumer.EventsTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The webhook consumer's check: the path served, failing deliveries reported, and a silence limit. */
class WebhookHealthTest extends EventsTestSupport {
    private static final String MESSAGE = """
            {"event_type":"message:received:new","chat":{"full_name":"Maria","chat_url":"u","chat_id":48213377,
             "is_group":false,"phone":"+34612345678"},
             "whatsapp_account":{"full_name":"Lena","email":"lena@x.example","phone":"+4915112345678"},
             "message":{"text":"hola","direction":"received","origin":"WhatsApp","timestamp":"2026-09-14 16:10:02 +0200",
             "message_uid":"1c6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f","sender":{"full_name":"Maria","phone":"+34612345678"},
             "recipient":{"full_name":"N","phone":"+4915112345678"}}}""";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("/failing", "message:received:new") + "&healthCheckInterval=100").routeId("failing")
                        .throwException(new IllegalStateException("the route is broken"));
                from("timelinesai:events?eventTypes=message:received:new&webhookPath=/quiet"
                        + "&webhookSecret={{hook.secret}}&webhookMaxSilence=300&healthCheckInterval=100")
                        .routeId("quiet").to("mock:quiet");
            }
        };
    }

    private HealthCheck.Result check(String routeId) {
        return ((HealthCheckAware) context.getRoute(routeId).getConsumer()).getHealthCheck().call();
    }

    @Test
    void failingDeliveriesAreReportedWithTheSubscriptionsErrorsCounter() {
        assertThat(check("failing").getState()).isEqualTo(HealthCheck.State.UP);
        simulator().admin().injectInbound("+34600111333", "Eva", "hola");
        await().atMost(20, SECONDS).untilAsserted(() -> {
            HealthCheck.Result result = check("failing");
            assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m)
                    .isEqualTo("TimelinesAI reports failed deliveries: message:received:new errors_counter=1"));
            assertThat(String.valueOf(result.getDetails().get("timelinesai.subscription.message:received:new")))
                    .startsWith("enabled id=").endsWith("errors_counter=1");
        });
    }

    @Test
    void aPathThatIsNotServedIsDown() {
        assertThat(check("quiet").getState()).isEqualTo(HealthCheck.State.UP);
        context.getComponent("platform-http", PlatformHttpComponent.class).removeHttpEndpoint("/quiet");
        HealthCheck.Result result = check("quiet");
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValue("The webhook path /quiet is not served");
    }

    @Test
    void silenceLongerThanTheLimitIsDownWhileAnAccountIsConnected() {
        await().atMost(20, SECONDS).untilAsserted(() -> {
            HealthCheck.Result result = check("quiet");
            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m)
                    .startsWith("No webhook delivery accepted since").contains("webhookMaxSilence 300 ms"));
        });
        assertThat(post("/quiet?secret=" + SECRET, MESSAGE).statusCode()).isEqualTo(200);
        assertThat(check("quiet").getState()).isEqualTo(HealthCheck.State.UP);

        simulator().admin().setAllAccountsConnected(false);
        await().atMost(20, SECONDS).untilAsserted(() -> {
            HealthCheck.Result result = check("quiet");
            assertThat(result.getDetails()).containsEntry("timelinesai.account.connected", false);
            assertThat(java.time.Duration.between(java.time.Instant.parse(
                    (String) result.getDetails().get("timelinesai.silence.since")), java.time.Instant.now()))
                    .isGreaterThan(java.time.Duration.ofMillis(400));
            assertThat(result.getState()).as("no account connected, so silence is expected")
                    .isEqualTo(HealthCheck.State.UP);
        });
    }
}
