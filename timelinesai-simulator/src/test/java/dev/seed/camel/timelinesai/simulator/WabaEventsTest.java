package dev.seed.camel.timelinesai.simulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WebhookSubscription;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.awaitility.Awaitility.await;

/** Every {@code waba:*} event: a real state change reaches a receiver with a body that fits the vendor's spec. */
class WabaEventsTest {

    private static final Set<String> SEEN = new ConcurrentSkipListSet<>();
    private static final AtomicInteger RUN = new AtomicInteger();

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private WebhookReceiver receiver;
    private TimelinesAiSimulator sim;
    private ApiClient api;
    private WabaAdmin admin;

    @BeforeEach
    void subscribeToEveryWabaEvent() {
        sim = SIM.simulator();
        api = ApiClient.http11(sim);
        admin = sim.admin().waba();
        receiver = new WebhookReceiver();
        SimulatorState state = sim.state();
        for (String eventType : wabaEvents()) {
            state.putWebhook(new WebhookSubscription(state.nextWebhookId(), eventType,
                    receiver.url("/hook/" + eventType), true));
        }
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
        RUN.incrementAndGet();
    }

    /** When the whole class ran, its tests together produced every WABA event of the spec. */
    @AfterAll
    static void everyEventWasSeen() {
        long tests = Arrays.stream(WabaEventsTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).count();
        if (RUN.get() == tests) {
            assertThat(SEEN).containsExactlyInAnyOrderElementsOf(wabaEvents());
        }
    }

    private static Set<String> wabaEvents() {
        return VendorSpecs.webhooks().eventTypes().stream().filter(t -> t.startsWith("waba:"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The body of the single delivery of {@code eventType}, checked against the spec. */
    private JsonNode delivered(String eventType) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.requestsTo("/hook/" + eventType).isEmpty());
        List<WebhookReceiver.Received> requests = receiver.requestsTo("/hook/" + eventType);
        assertThat(requests).hasSize(1);
        JsonNode body = requests.get(0).json();
        assertThat(body.path("event_type").asText()).isEqualTo(eventType);
        assertThat(VendorSpecs.webhooks().check(body)).as("spec problems of %s: %s", eventType, body).isEmpty();
        SEEN.add(eventType);
        return body;
    }

    @Test
    void theSpecDeclaresSixteenWabaEvents() {
        assertThat(wabaEvents()).hasSize(16);
    }

    @Test
    void aNewContactWritingFiresChatIncomingAndMessageReceived() {
        WabaAdmin.Inbound inbound = admin.inbound(WabaSeeder.ACCOUNT_ACTIVE, "+15557770042", "Iris Kent", "Hello?");

        JsonNode chat = delivered("waba:chat:incoming");
        assertThat(chat.path("chat").path("id").asLong()).isEqualTo(inbound.chatId());
        assertThat(chat.path("account").path("meta_waba_id").asText()).isEqualTo(WabaSeeder.PROFILE_MAIN);
        JsonNode received = delivered("waba:message:received");
        assertThat(received.path("message").path("message_uid").asText()).isEqualTo(inbound.messageUid());
        assertThat(received.path("message").path("direction").asText()).isEqualTo("received");
        assertThat(received.path("message").path("text").asText()).isEqualTo("Hello?");
        assertThat(received.path("chat").path("service_window_is_open").asBoolean()).isTrue();
        assertThat(received.path("account").path("phone").asText()).isEqualTo("+15550101234");
        assertThat(received.path("message").has("failure_reason")).isFalse();
    }

    @Test
    void anInboundFileCarriesItsAttachment() {
        long chatId = WabaSeeded.chatId(sim, WabaSeeder.CHAT_OPEN);
        admin.inboundFileToChat(chatId, "my receipt", "receipt.pdf", "application/pdf", new byte[] {1, 2, 3});

        JsonNode attachment = delivered("waba:message:received").path("message").path("attachments").get(0);
        assertThat(attachment.path("filename").asText()).isEqualTo("receipt.pdf");
        assertThat(attachment.path("temporary_download_url").asText()).contains("/__files/");
    }

    @Test
    void aTemplateToANewPhoneFiresChatOutgoingThenDeliveredThenRead() {
        ApiClient.Result r = api.post("/waba/messages", "{\"waba_account_id\":4021,\"phone\":\"+15557770043\","
                + "\"template\":{\"name\":\"hello_world\",\"language\":\"en_US\"}}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String uid = r.data().get("uid").asText();

        assertThat(delivered("waba:chat:outgoing").path("chat").path("id").asLong())
                .isEqualTo(r.data().get("chat_id").asLong());
        JsonNode deliveredEvent = delivered("waba:message:delivered");
        assertThat(deliveredEvent.path("message").path("status").asText()).isEqualTo("Delivered");
        assertThat(deliveredEvent.path("message").path("direction").asText()).isEqualTo("sent");
        assertThat(deliveredEvent.path("message").path("template").path("name").asText()).isEqualTo("hello_world");
        assertThat(deliveredEvent.path("chat").has("service_window_is_open")).isFalse();

        assertThat(admin.markRead(uid)).isEqualTo("Read");
        assertThat(delivered("waba:message:read").path("message").path("status").asText()).isEqualTo("Read");
    }

    @Test
    void anUndeliverableMessageFiresFailedWithItsReason() {
        api.post("/waba/messages", "{\"waba_account_id\":4021,\"phone\":\"+9995550002\","
                + "\"template\":{\"name\":\"hello_world\",\"language\":\"en_US\"}}");

        JsonNode failed = delivered("waba:message:failed");
        assertThat(failed.path("message").path("status").asText()).isEqualTo("Failed");
        assertThat(failed.path("message").path("failure_reason").path("code").asInt()).isEqualTo(131026);
    }

    @Test
    void updatingAChatFiresAssignedUnassignedClosedReopened() {
        long id = WabaSeeded.chatId(sim, WabaSeeder.CHAT_OPEN);

        api.patch("/waba/chats/" + id, "{\"responsible\":\"bob@acme.example\",\"closed\":true}");
        JsonNode assigned = delivered("waba:chat:assigned");
        assertThat(assigned.path("responsible").path("email").asText()).isEqualTo("bob@acme.example");
        assertThat(assigned.path("chat").path("waba_account_id").asLong()).isEqualTo(WabaSeeder.ACCOUNT_ACTIVE);
        assertThat(delivered("waba:chat:closed").has("responsible")).isFalse();

        api.patch("/waba/chats/" + id, "{\"responsible\":\"\",\"closed\":false}");
        delivered("waba:chat:unassigned");
        delivered("waba:chat:reopened");

        api.patch("/waba/chats/" + id, "{\"closed\":false,\"responsible\":\"\"}");
        await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(receiver.requestsTo("/hook/waba:chat:reopened")).hasSize(1);
        assertThat(receiver.requestsTo("/hook/waba:chat:unassigned")).hasSize(1);
    }

    @Test
    void accountStatusChangesFireTheirEvents() {
        assertThat(sim.admin().waba().setAccountStatus(WabaSeeder.ACCOUNT_ACTIVE, "disabled").eventType())
                .isEqualTo("waba:account:disabled");
        assertThat(delivered("waba:account:disabled").path("account").path("state").asText()).isEqualTo("disabled");
        admin.setAccountStatus(WabaSeeder.ACCOUNT_DISABLED, "active");
        JsonNode active = delivered("waba:account:active");
        assertThat(active.path("account").path("id").asLong()).isEqualTo(WabaSeeder.ACCOUNT_DISABLED);
        assertThat(active.path("account").path("state").asText()).isEqualTo("active");
        admin.setAccountStatus(WabaSeeder.ACCOUNT_EU, "disconnected");
        assertThat(delivered("waba:account:disconnected").path("account").path("state").asText()).isEqualTo("removed");
        assertThat(admin.setAccountStatus(WabaSeeder.ACCOUNT_EU, "disconnected").eventType()).isNull();
        assertThat(api.get("/waba/accounts/" + WabaSeeder.ACCOUNT_EU).data().get("status").asText())
                .isEqualTo("disconnected");
    }

    @Test
    void templateStatusChangesFireTheirEvents() {
        admin.setTemplateStatus(WabaSeeder.TEMPLATE_PENDING, "APPROVED");
        JsonNode approved = delivered("waba:template:approved");
        assertThat(approved.path("template").path("id").asLong()).isEqualTo(WabaSeeder.TEMPLATE_PENDING);
        assertThat(approved.path("template").path("accounts").toString()).isEqualTo("[4021,4022]");
        admin.setTemplateStatus(WabaSeeder.TEMPLATE_HELLO_WORLD, "REJECTED");
        assertThat(delivered("waba:template:rejected").path("template").path("status").asText()).isEqualTo("REJECTED");
        admin.setTemplateStatus(WabaSeeder.TEMPLATE_ORDER_UPDATE, "DISABLED");
        assertThat(delivered("waba:template:disabled").path("template").path("name").asText()).isEqualTo("order_update");
        assertThat(admin.setTemplateStatus(WabaSeeder.TEMPLATE_WELCOME_OFFER, "PAUSED").eventType()).isNull();
        assertThat(api.get("/waba/templates/" + WabaSeeder.TEMPLATE_WELCOME_OFFER).data().get("status").asText())
                .isEqualTo("PAUSED");
    }

    @Test
    void badAdminCallsAreRefused() {
        SimulatorAdminClient.AdminException e = assertThrows(
                SimulatorAdminClient.AdminException.class, () -> admin.setTemplateStatus(WabaSeeder.TEMPLATE_PENDING, "OK"));
        assertThat(e.status()).isEqualTo(400);
        assertThat(assertThrows(SimulatorAdminClient.AdminException.class,
                () -> admin.setAccountStatus(1, "active")).status()).isEqualTo(404);
        assertThat(assertThrows(SimulatorAdminClient.AdminException.class,
                () -> admin.inbound(WabaSeeder.ACCOUNT_DISABLED, "+15557770044", null, "hi")).status()).isEqualTo(409);
        assertThat(assertThrows(SimulatorAdminClient.AdminException.class,
                () -> admin.moveWindow(WabaSeeded.chatId(sim, WabaSeeder.CHAT_OPEN), Duration.ofHours(25))).status())
                .isEqualTo(400);
    }
}
