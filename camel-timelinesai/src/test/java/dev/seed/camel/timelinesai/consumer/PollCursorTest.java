package dev.seed.camel.timelinesai.consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiTestSupport;
import dev.seed.camel.timelinesai.event.EventTypes;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The poll cursor belongs to the workspace, not to the token: after a token rotation and a restart the consumer
 * goes on from the same cursor file, so the events of the gap reach the route; a cursor file named after the
 * token by an earlier version is taken over. One chat the API refuses does not stop the others.
 */
class PollCursorTest extends TimelinesAiTestSupport {
    private static final String TYPES = EventTypes.MESSAGE_RECEIVED_NEW;

    @TempDir
    Path dir;

    private TimelinesAiPollConsumer start(String routeId, String uri, String mock) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(routeId).to(mock);
            }
        });
        TimelinesAiPollConsumer consumer = (TimelinesAiPollConsumer) context.getRoute(routeId).getConsumer();
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getStateStore() != null
                && consumer.getStateStore().load() != null);
        return consumer;
    }

    private static String pollUri() {
        return "timelinesai:events?mode=poll&pollDelay=3600000&eventTypes=" + TYPES;
    }

    private static java.util.List<String> uids(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID, String.class)).toList();
    }

    @Test
    void aTokenRotationAndARestartLoseNoEvents() throws Exception {
        TimelinesAiPollConsumer before = start("before", pollUri(), "mock:before");
        Path file = ((FilePollStateStore) before.getStateStore()).getFile();
        try {
            context.getRouteController().stopRoute("before");
            context.removeRoute("before");
            MessagingAdmin.Inbound gap = simulator().admin().injectInbound("+14155552001", "Customer 001",
                    "Sent while the token was rotated");
            simulator().state().addToken("rotated-token-0123456789");
            simulator().state().revokeToken(simulator().token());

            TimelinesAiPollConsumer after = start("after", pollUri() + "&token=rotated-token-0123456789",
                    "mock:after");

            assertThat(((FilePollStateStore) after.getStateStore()).getFile()).isEqualTo(file);
            MockEndpoint mock = getMockEndpoint("mock:after");
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                after.poll();
                return uids(mock).contains(gap.messageUid());
            });
            assertThat(uids(mock)).containsOnlyOnce(gap.messageUid());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aCursorFileNamedAfterTheTokenIsTakenOver() {
        PollState earlier = new PollState("2026-09-14T14:10:02Z", Map.of(48213377L, "uid-1"));
        new FilePollStateStore(dir.resolve(PollCursor.fileName("http://h|" + TYPES + "|old-token"))).save(earlier);

        FilePollStateStore store = PollCursor.defaultStore(dir, "http://h", TYPES, "ws-1", "old-token");

        assertThat(store.getFile().getFileName().toString())
                .isEqualTo(PollCursor.fileName("http://h|" + TYPES + "|workspace:ws-1"));
        assertThat(store.load()).isEqualTo(earlier);
        assertThat(PollCursor.defaultStore(dir, "http://h", TYPES, "ws-1", "new-token").load()).isEqualTo(earlier);
    }

    @Test
    void oneChatTheApiRefusesDoesNotStopTheOthersAndIsReadLater() throws Exception {
        TimelinesAiPollConsumer consumer = start("poll", pollUri() + "&pollStateFile=" + dir.resolve("c.json"),
                "mock:poll");
        MockEndpoint mock = getMockEndpoint("mock:poll");
        SimulatorAdminClient admin = simulator().admin();
        MessagingAdmin.Inbound refused = admin.injectInbound("+14155552001", "Customer 001", "A");
        MessagingAdmin.Inbound other = admin.injectInbound("+14155552002", "Customer 002", "B");
        TrafficAdmin.Fault fault = admin.addFault(TrafficAdmin.FaultSpec.status(403)
                .method("GET").pathRegex("/chats/" + refused.chatId() + "/messages.*"));

        consumer.poll();

        assertThat(uids(mock)).containsExactly(other.messageUid());
        assertThat(consumer.getChatErrorCount()).isEqualTo(1);

        admin.removeFault(fault.id());
        consumer.poll();

        assertThat(uids(mock)).containsExactly(other.messageUid(), refused.messageUid());
        assertThat(consumer.getChatErrorCount()).isEqualTo(1);
    }
}
