package dev.seed.camel.timelinesai.consumer;

import java.time.Duration;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.event.AccountEvent;
import dev.seed.camel.timelinesai.event.CallEvent;
import dev.seed.camel.timelinesai.event.ChatEvent;
import dev.seed.camel.timelinesai.event.EventTypes;
import dev.seed.camel.timelinesai.event.MessageEvent;
import dev.seed.camel.timelinesai.event.ReactionEvent;
import dev.seed.camel.timelinesai.model.ChatUpdate;
import dev.seed.camel.timelinesai.simulator.Seeder;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin.CallSpec;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook mode end to end: real state changes in the simulator (admin API, producer sends, chat assignment)
 * reach the route as typed events with their headers, for all 16 workspace event types. The workspace allows 10
 * subscriptions, so the types are covered by two consumers.
 */
class WebhookEventsTest extends EventsTestSupport {
    private static final String CONTACT = "+14155559001";

    private void route(String path, List<String> types) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri(path, String.join(",", types))).routeId("events").to("mock:events");
            }
        });
    }

    private Map<String, Exchange> awaitTypes(List<String> types) {
        MockEndpoint mock = getMockEndpoint("mock:events");
        await().atMost(Duration.ofSeconds(20)).until(() -> mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(TimelinesAiConstants.EVENT_TYPE, String.class))
                .collect(Collectors.toSet()).containsAll(types));
        return mock.getReceivedExchanges().stream().collect(Collectors.toMap(
                e -> e.getMessage().getHeader(TimelinesAiConstants.EVENT_TYPE, String.class), e -> e, (a, b) -> a));
    }

    @Test
    void messageReactionAndChatEvents() throws Exception {
        List<String> types = List.of(EventTypes.MESSAGE_NEW, EventTypes.MESSAGE_SENT_NEW,
                EventTypes.MESSAGE_RECEIVED_NEW, EventTypes.MESSAGE_REACTION, EventTypes.CHAT_NEW,
                EventTypes.CHAT_INCOMING_NEW, EventTypes.CHAT_OUTGOING_NEW, EventTypes.CHAT_RESPONSIBLE_ASSIGNED,
                EventTypes.CHAT_RESPONSIBLE_UNASSIGNED);
        route("/tl/messages", types);
        SimulatorAdminClient admin = simulator().admin();

        MessagingAdmin.Inbound inbound = admin.injectInbound(CONTACT, "New Contact", "Hi, is my order ready?");
        awaitTypes(List.of(EventTypes.MESSAGE_RECEIVED_NEW, EventTypes.CHAT_INCOMING_NEW));
        admin.react(inbound.messageUid(), "👍", CONTACT);
        String sentUid = ok("timelinesai:messages/send?phone=+14155559002", "Your order shipped")
                .getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID, String.class);
        ok("timelinesai:chats/update?newResponsible=bob@acme.example", null, TimelinesAiConstants.CHAT_ID,
                inbound.chatId());
        awaitTypes(List.of(EventTypes.CHAT_RESPONSIBLE_ASSIGNED));
        ok("timelinesai:chats/update", new ChatUpdate(null, "", null, null, null), TimelinesAiConstants.CHAT_ID,
                inbound.chatId());

        Map<String, Exchange> byType = awaitTypes(types);

        Exchange received = byType.get(EventTypes.MESSAGE_RECEIVED_NEW);
        assertThat(received.getMessage().getBody()).isInstanceOfSatisfying(MessageEvent.class, m -> {
            assertThat(m.message().text()).isEqualTo("Hi, is my order ready?");
            assertThat(m.message().sender().phone()).isEqualTo(CONTACT);
        });
        assertHeaders(received, inbound.chatId(), inbound.messageUid(), "incoming");
        assertThat(received.getMessage().getHeader(TimelinesAiConstants.ACCOUNT_PHONE)).isNotNull();

        Exchange sent = byType.get(EventTypes.MESSAGE_SENT_NEW);
        assertThat(sent.getMessage().getBody()).isInstanceOfSatisfying(MessageEvent.class,
                m -> assertThat(m.message().text()).isEqualTo("Your order shipped"));
        assertThat(sent.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID)).isEqualTo(sentUid);
        assertThat(sent.getMessage().getHeader(TimelinesAiConstants.DIRECTION)).isEqualTo("outgoing");
        assertThat(byType.get(EventTypes.MESSAGE_NEW).getMessage().getBody()).isInstanceOf(MessageEvent.class);

        Exchange reaction = byType.get(EventTypes.MESSAGE_REACTION);
        assertThat(reaction.getMessage().getBody()).isInstanceOfSatisfying(ReactionEvent.class, r -> {
            assertThat(r.reaction().emoji()).isEqualTo("👍");
            assertThat(r.reaction().action()).isEqualTo("set");
        });
        assertHeaders(reaction, inbound.chatId(), inbound.messageUid(), null);

        assertThat(byType.get(EventTypes.CHAT_NEW).getMessage().getBody()).isInstanceOf(ChatEvent.class);
        Exchange incomingChat = byType.get(EventTypes.CHAT_INCOMING_NEW);
        assertThat(incomingChat.getMessage().getBody()).isInstanceOfSatisfying(ChatEvent.class,
                c -> assertThat(c.chat().phone()).isEqualTo(CONTACT));
        assertHeaders(incomingChat, inbound.chatId(), null, "incoming");
        assertThat(byType.get(EventTypes.CHAT_OUTGOING_NEW).getMessage().getBody()).isInstanceOfSatisfying(
                ChatEvent.class, c -> assertThat(c.chat().phone()).isEqualTo("+14155559002"));
        assertThat(byType.get(EventTypes.CHAT_OUTGOING_NEW).getMessage().getHeader(TimelinesAiConstants.DIRECTION))
                .isEqualTo("outgoing");

        assertThat(byType.get(EventTypes.CHAT_RESPONSIBLE_ASSIGNED).getMessage().getBody())
                .isInstanceOfSatisfying(ChatEvent.class, c -> {
                    assertThat(c.chat().responsibleEmail()).isEqualTo("bob@acme.example");
                    assertThat(c.chat().id()).isEqualTo(inbound.chatId());
                });
        assertThat(byType.get(EventTypes.CHAT_RESPONSIBLE_UNASSIGNED).getMessage().getBody())
                .isInstanceOfSatisfying(ChatEvent.class,
                        c -> assertThat(c.chat().previousResponsibleEmail()).isEqualTo("bob@acme.example"));
        assertHeaders(byType.get(EventTypes.CHAT_RESPONSIBLE_UNASSIGNED), inbound.chatId(), null, null);
    }

    @Test
    void accountAndCallEvents() throws Exception {
        List<String> types = List.of(EventTypes.ACCOUNT_CONNECTED, EventTypes.ACCOUNT_DISCONNECTED,
                EventTypes.ACCOUNT_SUSPENDED, EventTypes.ACCOUNT_RESUMED, EventTypes.CALL_INCOMING_MISSED,
                EventTypes.CALL_INCOMING_ENDED, EventTypes.CALL_OUTGOING_ENDED);
        route("/tl/accounts", types);
        SimulatorAdminClient admin = simulator().admin();
        String account = Seeder.ACCOUNT_PHONES.get(2);

        admin.setAccountStatus(account, "suspended");
        admin.setAccountStatus(account, "resumed");
        admin.setAccountStatus(account, "disconnected");
        admin.setAccountStatus(account, "connected");
        MessagingAdmin.LoggedCall missed = admin.logCall(CallSpec.incoming("+14155559003", "Missed"));
        admin.logCall(CallSpec.incoming("+14155559003", "Answered").duration(42));
        MessagingAdmin.LoggedCall outgoing = admin.logCall(CallSpec.outgoing("+14155559003", "No Answer")
                .video());

        Map<String, Exchange> byType = awaitTypes(types);
        for (String type : List.of(EventTypes.ACCOUNT_CONNECTED, EventTypes.ACCOUNT_DISCONNECTED,
                EventTypes.ACCOUNT_SUSPENDED, EventTypes.ACCOUNT_RESUMED)) {
            Exchange exchange = byType.get(type);
            assertThat(exchange.getMessage().getBody()).as(type).isInstanceOf(AccountEvent.class);
            assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.ACCOUNT_PHONE)).isEqualTo(account);
            assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.ACCOUNT_ID, String.class))
                    .endsWith("@s.whatsapp.net");
        }
        assertThat(byType.get(EventTypes.ACCOUNT_DISCONNECTED).getMessage().getBody(AccountEvent.class)
                .whatsappAccount().status()).isEqualTo("disconnected");

        Exchange missedCall = byType.get(EventTypes.CALL_INCOMING_MISSED);
        assertThat(missedCall.getMessage().getBody()).isInstanceOfSatisfying(CallEvent.class,
                c -> assertThat(c.callDetails().status()).isEqualTo("Missed"));
        assertHeaders(missedCall, missed.chatId(), missed.messageUid(), "incoming");
        assertThat(byType.get(EventTypes.CALL_INCOMING_ENDED).getMessage().getBody(CallEvent.class)
                .callDetails().duration()).isEqualTo(42);
        Exchange outgoingCall = byType.get(EventTypes.CALL_OUTGOING_ENDED);
        assertThat(outgoingCall.getMessage().getBody()).isInstanceOfSatisfying(CallEvent.class, c -> {
            assertThat(c.callDetails().status()).isEqualTo("No Answer");
            assertThat(c.callDetails().isVideo()).isTrue();
        });
        assertHeaders(outgoingCall, outgoing.chatId(), outgoing.messageUid(), "outgoing");
    }

    private static void assertHeaders(Exchange exchange, Long chatId, String messageUid, String direction) {
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.CHAT_ID)).isEqualTo(chatId);
        if (messageUid != null) {
            assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID)).isEqualTo(messageUid);
        }
        assertThat(Objects.toString(exchange.getMessage().getHeader(TimelinesAiConstants.DIRECTION), null))
                .isEqualTo(direction);
    }
}
