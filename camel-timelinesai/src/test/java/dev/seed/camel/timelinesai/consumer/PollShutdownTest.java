package dev.seed.camel.timelinesai.consumer;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiTestSupport;
import dev.seed.camel.timelinesai.event.EventTypes;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stopping a poll-mode route while a poll is in progress: the poll finishes its batch and saves its cursor. */
class PollShutdownTest extends TimelinesAiTestSupport {
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Test
    void aPollInProgressFinishesItsBatchBeforeTheRouteStops() throws Exception {
        MemoryPollStateStore store = new MemoryPollStateStore();
        context.getRegistry().bind("drainState", store);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timelinesai:events?mode=poll&pollDelay=3600000&pollStateStore=#drainState&eventTypes="
                        + EventTypes.MESSAGE_NEW + "," + EventTypes.MESSAGE_RECEIVED_NEW).routeId("poll-drain")
                        .process(e -> {
                            entered.countDown();
                            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                        })
                        .to("mock:polled");
            }
        });
        TimelinesAiPollConsumer consumer = (TimelinesAiPollConsumer) context.getRoute("poll-drain").getConsumer();
        await().atMost(Duration.ofSeconds(10)).until(() -> store.load() != null);
        MockEndpoint polled = getMockEndpoint("mock:polled");
        MessagingAdmin.Inbound inbound = simulator().admin().injectInbound("+14155552002", "Customer 002",
                "Still there?");

        CompletableFuture<Integer> poll = CompletableFuture.supplyAsync(() -> {
            try {
                return consumer.poll();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(15, TimeUnit.SECONDS)).isTrue();
        assertThat(consumer.getPendingExchangesSize()).as("the running poll holds the shutdown back").isEqualTo(1);
        CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> {
            try {
                context.getRouteController().stopRoute("poll-drain");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(consumer::isSuspended);
        assertThat(stop).isNotDone();

        release.countDown();
        assertThat(poll.get(30, TimeUnit.SECONDS)).isEqualTo(2);
        stop.get(30, TimeUnit.SECONDS);
        assertThat(consumer.getPendingExchangesSize()).isZero();

        assertThat(context.getRouteController().getRouteStatus("poll-drain")).isEqualTo(ServiceStatus.Stopped);
        assertThat(polled.getReceivedExchanges()).extracting(e -> e.getMessage()
                .getHeader(TimelinesAiConstants.EVENT_TYPE)).containsExactly(EventTypes.MESSAGE_NEW,
                        EventTypes.MESSAGE_RECEIVED_NEW);
        assertThat(polled.getReceivedExchanges()).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(store.load().lastMessageUids()).containsEntry(inbound.chatId(), inbound.messageUid());
    }
}
