package dev.seed.camel.timelinesai.consumer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiTestSupport;
import dev.seed.camel.timelinesai.event.ChatEvent;
import dev.seed.camel.timelinesai.event.EventTypes;
import dev.seed.camel.timelinesai.event.MessageEvent;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Poll mode against the simulator: the same typed exchanges as the webhook mode, one API call per quiet poll,
 * resumption from the persisted cursor after a restart, and a failed exchange retried on the next poll. The
 * scheduler polls once (seeding the cursor) and then waits an hour, so the tests trigger polls themselves.
 */
class PollConsumerTest extends TimelinesAiTestSupport {
    private static final String OLD_CONTACT = "+14155552001";
    private static final String ALL = String.join(",", EventTypes.POLLABLE);

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

    private static String pollUri(String types) {
        return "timelinesai:events?mode=poll&pollDelay=3600000&eventTypes=" + types;
    }

    private static List<String> types(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(TimelinesAiConstants.EVENT_TYPE, String.class)).toList();
    }

    @Test
    void yieldsTypedMessageAndChatEventsAndSpendsOneCallPerQuietPoll() throws Exception {
        context.getRegistry().bind("memoryState", new MemoryPollStateStore());
        TimelinesAiPollConsumer consumer = start("poll", pollUri(ALL) + "&pollStateStore=#memoryState", "mock:poll");
        MockEndpoint mock = getMockEndpoint("mock:poll");
        SimulatorAdminClient admin = simulator().admin();

        long calls = consumer.getApiCallCount();
        assertThat(consumer.poll()).isZero();
        assertThat(consumer.getApiCallCount() - calls).as("a quiet poll reads one page of chats").isEqualTo(1);
        assertThat(mock.getReceivedExchanges()).isEmpty();

        MessagingAdmin.Inbound old = admin.injectInbound(OLD_CONTACT, "Customer 001", "Back again");
        calls = consumer.getApiCallCount();
        assertThat(consumer.poll()).isEqualTo(2);
        assertThat(consumer.getApiCallCount() - calls).as("chats page, the chat's new messages, the accounts")
                .isEqualTo(3);
        assertThat(types(mock)).containsExactly(EventTypes.MESSAGE_NEW, EventTypes.MESSAGE_RECEIVED_NEW);
        Exchange received = mock.getReceivedExchanges().get(1);
        assertThat(received.getMessage().getBody()).isInstanceOfSatisfying(MessageEvent.class, m -> {
            assertThat(m.message().text()).isEqualTo("Back again");
            assertThat(m.message().direction()).isEqualTo("received");
            assertThat(m.message().sender().phone()).isEqualTo(OLD_CONTACT);
            assertThat(m.whatsappAccount().phone()).isNotNull();
        });
        assertThat(received.getMessage().getHeader(TimelinesAiConstants.CHAT_ID)).isEqualTo(old.chatId());
        assertThat(received.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID)).isEqualTo(old.messageUid());
        assertThat(received.getMessage().getHeader(TimelinesAiConstants.DIRECTION)).isEqualTo("incoming");
        assertThat(received.getMessage().getHeader(TimelinesAiConstants.ACCOUNT_PHONE)).isNotNull();

        mock.reset();
        MessagingAdmin.Inbound fresh = admin.injectInbound("+14155559201", "Newcomer", "First contact");
        consumer.poll();
        assertThat(types(mock)).containsExactly(EventTypes.CHAT_NEW, EventTypes.CHAT_INCOMING_NEW,
                EventTypes.MESSAGE_NEW, EventTypes.MESSAGE_RECEIVED_NEW);
        assertThat(mock.getReceivedExchanges().get(1).getMessage().getBody()).isInstanceOfSatisfying(ChatEvent.class,
                c -> {
                    assertThat(c.chat().id()).isEqualTo(fresh.chatId());
                    assertThat(c.chat().phone()).isEqualTo("+14155559201");
                });
        assertThat(mock.getReceivedExchanges().get(1).getMessage().getHeader(TimelinesAiConstants.DIRECTION))
                .isEqualTo("incoming");

        mock.reset();
        String sentUid = ok("timelinesai:messages/send?phone=+14155559202", "We start the conversation")
                .getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID, String.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            consumer.poll();
            return types(mock).contains(EventTypes.MESSAGE_SENT_NEW);
        });
        assertThat(types(mock)).contains(EventTypes.CHAT_NEW, EventTypes.CHAT_OUTGOING_NEW, EventTypes.MESSAGE_NEW,
                EventTypes.MESSAGE_SENT_NEW).doesNotHaveDuplicates();
        Exchange sent = mock.getReceivedExchanges().stream().filter(e -> EventTypes.MESSAGE_SENT_NEW.equals(
                e.getMessage().getHeader(TimelinesAiConstants.EVENT_TYPE))).findFirst().orElseThrow();
        assertThat(sent.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID)).isEqualTo(sentUid);
        assertThat(sent.getMessage().getHeader(TimelinesAiConstants.DIRECTION)).isEqualTo("outgoing");

        mock.reset();
        calls = consumer.getApiCallCount();
        consumer.poll();
        assertThat(consumer.getApiCallCount() - calls).isEqualTo(1);
        assertThat(mock.getReceivedExchanges()).isEmpty();
    }

    @Test
    void restartResumesFromTheFileCursorWithoutLossOrDuplicates(@TempDir Path dir) throws Exception {
        String file = dir.resolve("cursor.json").toString();
        String uri = pollUri(EventTypes.MESSAGE_RECEIVED_NEW) + "&pollStateFile=" + file;
        TimelinesAiPollConsumer first = start("first", uri, "mock:first");
        SimulatorAdminClient admin = simulator().admin();
        admin.injectInbound(OLD_CONTACT, "Customer 001", "before the restart");
        first.poll();
        assertThat(getMockEndpoint("mock:first").getReceivedExchanges()).hasSize(1);
        context.getRouteController().stopRoute("first");
        context.removeRoute("first");

        String missed1 = admin.injectInbound(OLD_CONTACT, "Customer 001", "while down 1").messageUid();
        String missed2 = admin.injectInbound("+14155559301", "Other", "while down 2").messageUid();

        // another endpoint (so a fresh in-memory idempotent repository) on the same cursor file
        MockEndpoint second = getMockEndpoint("mock:second");
        start("second", uri + "&pollMaxChatPages=10", "mock:second");
        await().atMost(Duration.ofSeconds(10)).until(() -> second.getReceivedExchanges().size() >= 2);
        assertThat(second.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(
                TimelinesAiConstants.MESSAGE_UID)).containsExactlyInAnyOrder(missed1, missed2);
        ((TimelinesAiPollConsumer) context.getRoute("second").getConsumer()).poll();
        assertThat(second.getReceivedExchanges()).hasSize(2);
    }

    @Test
    void chatWhoseCursorMessageIsGoneIsStillReadFromTheCursorTime() throws Exception {
        MemoryPollStateStore store = new MemoryPollStateStore();
        context.getRegistry().bind("memoryState", store);
        String uri = pollUri(EventTypes.MESSAGE_RECEIVED_NEW) + "&pollStateStore=#memoryState";
        TimelinesAiPollConsumer first = start("first", uri, "mock:first");
        SimulatorAdminClient admin = simulator().admin();
        MessagingAdmin.Inbound before = admin.injectInbound(OLD_CONTACT, "Customer 001", "before the gap");
        first.poll();
        assertThat(getMockEndpoint("mock:first").getReceivedExchanges()).hasSize(1);
        context.getRouteController().stopRoute("first");
        context.removeRoute("first");

        // the message the cursor names no longer exists (deleted, or a cursor kept from another workspace): 404
        PollState saved = store.load();
        assertThat(saved.lastMessageUids()).containsEntry(before.chatId(), before.messageUid());
        Map<Long, String> uids = new LinkedHashMap<>(saved.lastMessageUids());
        uids.put(before.chatId(), UUID.randomUUID().toString());
        store.save(new PollState(saved.watermark(), uids));
        String later = admin.injectInbound(OLD_CONTACT, "Customer 001", "after the gap").messageUid();

        MockEndpoint second = getMockEndpoint("mock:second");
        start("second", uri, "mock:second");
        await().atMost(Duration.ofSeconds(10)).until(() -> second.getReceivedExchanges().stream()
                .anyMatch(e -> later.equals(e.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID))));
        // the cursor is saved once the poll's batch has completed, just after the route saw the message
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(store.load().lastMessageUids()).containsEntry(before.chatId(), later));
    }

    @Test
    void failedExchangeIsRetriedOnTheNextPollAndProcessedOnce() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        context.getRegistry().bind("memoryState", new MemoryPollStateStore());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(pollUri(EventTypes.MESSAGE_RECEIVED_NEW) + "&pollStateStore=#memoryState").routeId("failing")
                        .process(e -> {
                            if (attempts.incrementAndGet() == 1) {
                                throw new IllegalStateException("downstream unavailable");
                            }
                        })
                        .to("mock:ok");
            }
        });
        TimelinesAiPollConsumer consumer = (TimelinesAiPollConsumer) context.getRoute("failing").getConsumer();
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getStateStore().load() != null);
        String uid = simulator().admin().injectInbound(OLD_CONTACT, "Customer 001", "retry me").messageUid();

        consumer.poll();
        assertThat(getMockEndpoint("mock:ok").getReceivedExchanges()).isEmpty();
        consumer.poll();
        consumer.poll();
        assertThat(attempts).hasValue(2);
        assertThat(getMockEndpoint("mock:ok").getReceivedExchanges()).singleElement()
                .satisfies(e -> assertThat(e.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID)).isEqualTo(uid));
    }

    @Test
    void pollModeRefusesEventsItCannotObserve() {
        assertThatThrownBy(() -> context.getEndpoint("timelinesai:events?mode=poll&eventTypes=message:reaction"))
                .hasStackTraceContaining("mode=poll can only observe");
    }
}
