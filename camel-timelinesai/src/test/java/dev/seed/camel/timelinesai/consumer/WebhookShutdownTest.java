package dev.seed.camel.timelinesai.consumer;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin;
import dev.seed.camel.timelinesai.simulator.WebhooksAdmin.Delivery;
import org.apache.camel.ServiceStatus;
import org.apache.camel.StatefulService;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Graceful shutdown of the webhook consumer: an event in flight when the route stops completes and is answered
 * 200, a delivery arriving meanwhile gets 503 and no exchange, and the subscriptions go only afterwards.
 */
class WebhookShutdownTest extends EventsTestSupport {
    private static final String OTHER_EVENT = """
            {"event_type":"message:received:new","chat":{"full_name":"Maria","chat_url":"u","chat_id":48213377,
             "is_group":false,"phone":"+34612345678"},
             "whatsapp_account":{"full_name":"Lena","email":"lena@x.example","phone":"+4915112345678"},
             "message":{"text":"late","direction":"received","origin":"WhatsApp","timestamp":"2026-09-14 16:10:02 +0200",
             "message_uid":"0a6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f","sender":{"full_name":"Maria","phone":"+34612345678"},
             "recipient":{"full_name":"N","phone":"+4915112345678"}}}""";

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private void slowRoute(String id, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(id)
                        .process(e -> {
                            entered.countDown();
                            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                        })
                        .to("mock:" + id);
            }
        });
    }

    private boolean consumerSuspended(String routeId) {
        return ((StatefulService) context.getRoute(routeId).getConsumer()).isSuspended();
    }

    @Test
    void stoppingTheRouteLetsTheEventInFlightFinishAndRefusesNewDeliveries() throws Exception {
        slowRoute("drain", webhookUri("/drain", "message:received:new"));
        MockEndpoint drained = getMockEndpoint("mock:drain");
        drained.expectedMessageCount(1);
        assertThat(subscriptions()).hasSize(1);
        MessagingAdmin.Inbound inbound = simulator().admin().injectInbound("+14155559301", "Slow", "wait");
        assertThat(entered.await(15, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> {
            try {
                context.getRouteController().stopRoute("drain");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> consumerSuspended("drain"));

        assertThat(post("/drain?secret=" + SECRET, OTHER_EVENT)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
        });
        assertThat(stop).isNotDone();
        assertThat(subscriptions()).as("kept while the event is in flight").hasSize(1);

        release.countDown();
        stop.get(30, TimeUnit.SECONDS);

        assertThat(context.getRouteController().getRouteStatus("drain")).isEqualTo(ServiceStatus.Stopped);
        drained.assertIsSatisfied();
        assertThat(drained.getReceivedExchanges().get(0).getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID))
                .isEqualTo(inbound.messageUid());
        await().atMost(Duration.ofSeconds(10)).until(() -> !simulator().admin().deliveries("message:received:new")
                .isEmpty());
        assertThat(simulator().admin().deliveries("message:received:new")).singleElement()
                .satisfies(d -> {
                    assertThat(d.attempt()).isEqualTo(1);
                    assertThat(d.statusCode()).isEqualTo(200);
                    assertThat(d.success()).isTrue();
                });
        assertThat(subscriptions()).isEmpty();
    }

    @Test
    void aSuspendedRouteAnswers503AndTakesDeliveriesAgainWhenResumed() throws Exception {
        slowRoute("pause", webhookUri("/pause", "message:received:new") + "&webhookAutoRegister=false");
        release.countDown();
        MockEndpoint paused = getMockEndpoint("mock:pause");
        context.getRouteController().suspendRoute("pause");
        assertThat(post("/pause?secret=" + SECRET, OTHER_EVENT).statusCode()).isEqualTo(503);
        assertThat(paused.getReceivedCounter()).isZero();

        context.getRouteController().resumeRoute("pause");
        assertThat(post("/pause?secret=" + SECRET, OTHER_EVENT).statusCode()).isEqualTo(200);
        assertThat(paused.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void stoppingTheContextAnswersTheEventInFlightBeforeDeletingTheSubscription() throws Exception {
        slowRoute("ctx", webhookUri("/ctx", "message:received:new"));
        MockEndpoint done = getMockEndpoint("mock:ctx");
        assertThat(subscriptions()).hasSize(1);
        simulator().admin().injectInbound("+14155559302", "Slow", "bye");
        assertThat(entered.await(15, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stop = CompletableFuture.runAsync(context::stop);
        await().atMost(Duration.ofSeconds(10)).until(() -> consumerSuspended("ctx"));
        assertThat(stop).isNotDone();
        assertThat(simulator().state().webhooks()).as("kept while the event is in flight").hasSize(1);
        release.countDown();
        stop.get(30, TimeUnit.SECONDS);

        assertThat(done.getReceivedCounter()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !simulator().admin().deliveries("message:received:new")
                .isEmpty());
        assertThat(simulator().admin().deliveries("message:received:new")).extracting(Delivery::statusCode)
                .containsExactly(200);
        assertThat(simulator().state().webhooks()).isEmpty();
    }
}
