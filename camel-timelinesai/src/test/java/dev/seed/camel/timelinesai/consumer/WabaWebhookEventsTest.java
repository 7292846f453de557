package dev.seed.camel.timelinesai.consumer;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.event.waba.WabaAccountData;
import dev.seed.camel.timelinesai.event.waba.WabaChatData;
import dev.seed.camel.timelinesai.event.waba.WabaEventTypes;
import dev.seed.camel.timelinesai.event.waba.WabaMessageData;
import dev.seed.camel.timelinesai.event.waba.WabaTemplateData;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.model.WebhookInfo;
import dev.seed.camel.timelinesai.model.waba.WabaChatUpdate;
import dev.seed.camel.timelinesai.model.waba.WabaOutboundTemplate;
import dev.seed.camel.timelinesai.model.waba.WabaOutgoingMessage;
import dev.seed.camel.timelinesai.simulator.WabaAdmin;
import dev.seed.camel.timelinesai.simulator.WebhooksAdmin;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Webhook mode end to end for the 16 {@code waba:*} event types: the consumer registers its subscriptions with the
 * simulator, real WABA state changes (admin hooks and Public API calls) reach the route as typed records with
 * their headers, a redelivered event is dropped, and poll mode refuses them. The workspace allows 10
 * subscriptions, so the messages and chats (10) and the accounts and templates (6) are two tests.
 */
class WabaWebhookEventsTest extends EventsTestSupport {
    private static final String NEW_CONTACT = "+15557770101";
    private static final String TEMPLATE_CONTACT = "+15557770102";
    private static final String UNDELIVERABLE = "+9995550103";

    private void route(String path, List<String> types) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri(path, String.join(",", types))).routeId("waba").to("mock:waba");
            }
        });
    }

    private MockEndpoint events() {
        return getMockEndpoint("mock:waba");
    }

    private List<Exchange> ofType(String type) {
        return events().getReceivedExchanges().stream()
                .filter(e -> type.equals(e.getMessage().getHeader(TimelinesAiConstants.EVENT_TYPE))).toList();
    }

    private Map<String, Exchange> awaitTypes(List<String> types) {
        await().atMost(Duration.ofSeconds(20)).until(() -> types.stream().allMatch(t -> !ofType(t).isEmpty()));
        return types.stream().collect(Collectors.toMap(t -> t, t -> ofType(t).get(0)));
    }

    /** A call of the simulator's Public API with a typed request body, failing the test unless it answers 2xx. */
    private JsonNode api(String method, String path, Object body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator().baseUrl() + path))
                .header("Authorization", "Bearer " + simulator().token()).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(JsonSupport.toBytes(body))).build();
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return JsonSupport.parseOrNull(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .path("data");
    }

    @Test
    void messageAndChatEventsArriveTypedWithTheirHeaders() throws Exception {
        List<String> types = new ArrayList<>(WabaEventTypes.MESSAGE_EVENTS);
        types.addAll(WabaEventTypes.CHAT_EVENTS);
        route("/waba/messages", types);
        assertThat(subscriptions()).filteredOn(w -> w.url().startsWith(externalUrl() + "/waba/messages?"))
                .extracting(WebhookInfo::eventType).containsExactlyInAnyOrderElementsOf(types);
        WabaAdmin admin = simulator().admin().waba();

        WabaAdmin.Inbound inbound = admin.inbound(WabaSeeder.ACCOUNT_ACTIVE, NEW_CONTACT, "Iris Kent", "Is it in stock?");
        JsonNode sent = api("POST", "/waba/messages", WabaOutgoingMessage.template(
                WabaOutboundTemplate.of("hello_world", "en_US")).toPhone(WabaSeeder.ACCOUNT_ACTIVE, TEMPLATE_CONTACT));
        String sentUid = sent.path("uid").asText();
        long sentChat = sent.path("chat_id").asLong();
        awaitTypes(List.of(WabaEventTypes.MESSAGE_DELIVERED));
        assertThat(admin.markRead(sentUid)).isEqualTo("Read");
        api("POST", "/waba/messages", WabaOutgoingMessage.template(WabaOutboundTemplate.of("hello_world", "en_US"))
                .toPhone(WabaSeeder.ACCOUNT_ACTIVE, UNDELIVERABLE));
        api("PATCH", "/waba/chats/" + inbound.chatId(), new WabaChatUpdate(null, "bob@acme.example", true, null));
        awaitTypes(List.of(WabaEventTypes.CHAT_ASSIGNED, WabaEventTypes.CHAT_CLOSED));
        api("PATCH", "/waba/chats/" + inbound.chatId(), new WabaChatUpdate(null, "", false, null));

        Map<String, Exchange> byType = awaitTypes(types);

        Exchange received = byType.get(WabaEventTypes.MESSAGE_RECEIVED);
        assertThat(received.getMessage().getBody()).isInstanceOfSatisfying(WabaMessageData.class, m -> {
            assertThat(m.message().text()).isEqualTo("Is it in stock?");
            assertThat(m.chat().serviceWindowIsOpen()).isTrue();
        });
        assertHeaders(received, inbound.chatId(), inbound.messageUid(), "incoming");
        assertThat(received.getMessage().getHeader(TimelinesAiConstants.ACCOUNT_PHONE)).isEqualTo("+15550101234");

        Exchange delivered = byType.get(WabaEventTypes.MESSAGE_DELIVERED);
        assertThat(delivered.getMessage().getBody()).isInstanceOfSatisfying(WabaMessageData.class,
                m -> assertThat(m.message().template().name()).isEqualTo("hello_world"));
        assertHeaders(delivered, sentChat, sentUid, "outgoing");
        Exchange read = byType.get(WabaEventTypes.MESSAGE_READ);
        assertThat(read.getMessage().getBody(WabaMessageData.class).message().status()).isEqualTo("Read");
        assertHeaders(read, sentChat, sentUid, "outgoing");
        Exchange failed = byType.get(WabaEventTypes.MESSAGE_FAILED);
        assertThat(failed.getMessage().getBody()).isInstanceOfSatisfying(WabaMessageData.class,
                m -> assertThat(m.message().failureReason().code()).isEqualTo("131026"));
        assertThat(failed.getMessage().getHeader(TimelinesAiConstants.WABA_ACCOUNT_ID))
                .isEqualTo(WabaSeeder.ACCOUNT_ACTIVE);

        Exchange incoming = byType.get(WabaEventTypes.CHAT_INCOMING);
        assertThat(incoming.getMessage().getBody()).isInstanceOf(WabaChatData.class);
        assertHeaders(incoming, inbound.chatId(), null, "incoming");
        assertHeaders(byType.get(WabaEventTypes.CHAT_OUTGOING), sentChat, null, "outgoing");
        assertThat(byType.get(WabaEventTypes.CHAT_ASSIGNED).getMessage().getBody(WabaChatData.class).responsible()
                .email()).isEqualTo("bob@acme.example");
        for (String type : List.of(WabaEventTypes.CHAT_ASSIGNED, WabaEventTypes.CHAT_UNASSIGNED,
                WabaEventTypes.CHAT_CLOSED, WabaEventTypes.CHAT_REOPENED)) {
            assertThat(byType.get(type).getMessage().getBody()).as(type).isInstanceOf(WabaChatData.class);
            assertHeaders(byType.get(type), inbound.chatId(), null, null);
        }
    }

    @Test
    void accountAndTemplateEventsArriveTyped() throws Exception {
        List<String> types = new ArrayList<>(WabaEventTypes.ACCOUNT_EVENTS);
        types.addAll(WabaEventTypes.TEMPLATE_EVENTS);
        route("/waba/accounts", types);
        WabaAdmin admin = simulator().admin().waba();

        admin.setAccountStatus(WabaSeeder.ACCOUNT_ACTIVE, "disabled");
        admin.setAccountStatus(WabaSeeder.ACCOUNT_DISABLED, "active");
        admin.setAccountStatus(WabaSeeder.ACCOUNT_EU, "disconnected");
        admin.setTemplateStatus(WabaSeeder.TEMPLATE_PENDING, "APPROVED");
        admin.setTemplateStatus(WabaSeeder.TEMPLATE_HELLO_WORLD, "REJECTED");
        admin.setTemplateStatus(WabaSeeder.TEMPLATE_ORDER_UPDATE, "DISABLED");

        Map<String, Exchange> byType = awaitTypes(types);
        Map<String, Long> accounts = Map.of(WabaEventTypes.ACCOUNT_DISABLED, WabaSeeder.ACCOUNT_ACTIVE,
                WabaEventTypes.ACCOUNT_ACTIVE, WabaSeeder.ACCOUNT_DISABLED,
                WabaEventTypes.ACCOUNT_DISCONNECTED, WabaSeeder.ACCOUNT_EU);
        accounts.forEach((type, id) -> {
            Exchange exchange = byType.get(type);
            assertThat(exchange.getMessage().getBody()).as(type).isInstanceOfSatisfying(WabaAccountData.class,
                    a -> assertThat(a.account().id()).isEqualTo(id));
            assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.WABA_ACCOUNT_ID)).as(type).isEqualTo(id);
            assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.ACCOUNT_ID)).as(type).isNull();
            assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.CHAT_ID)).as(type).isNull();
        });
        assertThat(byType.get(WabaEventTypes.ACCOUNT_DISCONNECTED).getMessage().getBody(WabaAccountData.class)
                .account().state()).isEqualTo("removed");

        Map<String, Long> templates = Map.of(WabaEventTypes.TEMPLATE_APPROVED, WabaSeeder.TEMPLATE_PENDING,
                WabaEventTypes.TEMPLATE_REJECTED, WabaSeeder.TEMPLATE_HELLO_WORLD,
                WabaEventTypes.TEMPLATE_DISABLED, WabaSeeder.TEMPLATE_ORDER_UPDATE);
        templates.forEach((type, id) -> {
            Exchange exchange = byType.get(type);
            assertThat(exchange.getMessage().getBody()).as(type).isInstanceOfSatisfying(WabaTemplateData.class,
                    t -> assertThat(t.templateId()).isEqualTo(id));
            assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.WABA_ACCOUNT_ID)).as(type).isNull();
        });
        assertThat(byType.get(WabaEventTypes.TEMPLATE_REJECTED).getMessage().getBody(WabaTemplateData.class)
                .template().status()).isEqualTo("REJECTED");
    }

    @Test
    void aRedeliveredWabaEventIsDropped() throws Exception {
        List<String> types = List.of(WabaEventTypes.MESSAGE_RECEIVED, WabaEventTypes.ACCOUNT_DISABLED);
        route("/waba/redelivery", types);
        WabaAdmin admin = simulator().admin().waba();
        admin.inbound(WabaSeeder.ACCOUNT_ACTIVE, NEW_CONTACT, null, "Hello twice");
        admin.setAccountStatus(WabaSeeder.ACCOUNT_ACTIVE, "disabled");
        awaitTypes(types);

        for (String type : types) {
            WebhooksAdmin.Delivery delivery = simulator().admin().deliveries(type).get(0);
            assertThat(delivery.success()).as(type).isTrue();
            HttpResponse<String> again = post("/waba/redelivery?secret=" + SECRET,
                    JsonSupport.mapper().writeValueAsString(delivery.payload()));
            assertThat(again.statusCode()).as(type).isEqualTo(200);
            assertThat(again.body()).as(type).contains("duplicate");
        }
        assertThat(ofType(WabaEventTypes.MESSAGE_RECEIVED)).hasSize(1);
        assertThat(ofType(WabaEventTypes.ACCOUNT_DISABLED)).hasSize(1);
        assertThat(events().getReceivedExchanges()).hasSize(2);
    }

    @Test
    void theFilesOfAWabaMessageAreDownloaded() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("/waba/files", WabaEventTypes.MESSAGE_RECEIVED) + "&downloadAttachments=true")
                        .to("mock:waba");
            }
        });
        WabaAdmin admin = simulator().admin().waba();
        WabaAdmin.Inbound first = admin.inbound(WabaSeeder.ACCOUNT_ACTIVE, NEW_CONTACT, null, "Receipt follows");
        byte[] content = "receipt 2026-0042".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        WabaAdmin.Inbound file = admin.inboundFileToChat(first.chatId(), "my receipt", "receipt.pdf",
                "application/pdf", content);

        await().atMost(Duration.ofSeconds(20)).until(() -> ofType(WabaEventTypes.MESSAGE_RECEIVED).size() == 2);
        Exchange withFile = ofType(WabaEventTypes.MESSAGE_RECEIVED).stream()
                .filter(e -> file.messageUid().equals(e.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID)))
                .findFirst().orElseThrow();
        assertThat(withFile.getMessage().getBody()).isInstanceOfSatisfying(WabaMessageData.class,
                m -> assertThat(m.message().text()).isEqualTo("my receipt"));
        assertThat(withFile.getMessage().getHeader(TimelinesAiConstants.WABA_ACCOUNT_ID))
                .isEqualTo(WabaSeeder.ACCOUNT_ACTIVE);
        @SuppressWarnings("unchecked")
        List<DownloadedAttachment> downloaded = withFile.getMessage()
                .getHeader(TimelinesAiConstants.ATTACHMENTS, List.class);
        assertThat(downloaded).singleElement().satisfies(a -> {
            assertThat(a.content()).isEqualTo(content);
            assertThat(a.filename()).isEqualTo("receipt.pdf");
        });
    }

    @Test
    void aHandedOverWabaEventReachesTheRouteTypedWithItsHeaders() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("/waba/handover", WabaEventTypes.ACCOUNT_DISABLED)
                        + "&acknowledge=afterHandover&handoverUri=seda:waba-in").to("mock:waba");
            }
        });
        simulator().admin().waba().setAccountStatus(WabaSeeder.ACCOUNT_ACTIVE, "disabled");

        Exchange disabled = awaitTypes(List.of(WabaEventTypes.ACCOUNT_DISABLED)).get(WabaEventTypes.ACCOUNT_DISABLED);
        assertThat(disabled.getMessage().getBody()).isInstanceOfSatisfying(WabaAccountData.class,
                a -> assertThat(a.account().state()).isEqualTo("disabled"));
        assertThat(disabled.getMessage().getHeader(TimelinesAiConstants.WABA_ACCOUNT_ID))
                .isEqualTo(WabaSeeder.ACCOUNT_ACTIVE);
    }

    @Test
    void allSixteenWabaTypesExceedTheSubscriptionLimitBeforeAnythingIsCreated() {
        assertThatThrownBy(() -> route("/waba/all", WabaEventTypes.ALL))
                .hasStackTraceContaining("the workspace has 0 subscription(s) and allows 10")
                .hasStackTraceContaining("waba:template:disabled");
        assertThat(subscriptions()).isEmpty();
    }

    @Test
    void pollModeRefusesWabaEventsNamingTheOption() {
        assertThatThrownBy(() -> context.getEndpoint(
                "timelinesai:events?mode=poll&eventTypes=message:received:new,waba:message:received,waba:chat:incoming"))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Option eventTypes: mode=poll cannot observe [waba:message:received, "
                        + "waba:chat:incoming]")
                .hasMessageContaining("use mode=webhook");
    }

    private static void assertHeaders(Exchange exchange, long chatId, String messageUid, String direction) {
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.CHAT_ID)).isEqualTo(chatId);
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID)).isEqualTo(messageUid);
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.DIRECTION)).isEqualTo(direction);
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.WABA_ACCOUNT_ID))
                .isEqualTo(WabaSeeder.ACCOUNT_ACTIVE);
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.ACCOUNT_ID)).isNull();
    }
}
