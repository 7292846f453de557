package dev.seed.camel.timelinesai.simulator;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WebhookSubscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The messaging endpoints end to end: their state changes reach a webhook receiver through the real dispatcher. */
class MessagingWebhooksTest {
    private static final List<String> EVENTS = List.of("message:new", "message:sent:new", "message:received:new",
            "message:reaction", "chat:new", "chat:incoming:new", "chat:outgoing:new", "chat:responsible:assigned",
            "chat:responsible:unassigned");

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private WebhookReceiver receiver;
    private TimelinesAiSimulator sim;
    private ApiClient api;

    @BeforeEach
    void subscribe() {
        sim = SIM.simulator();
        api = ApiClient.http11(sim);
        receiver = new WebhookReceiver();
        SimulatorState state = sim.state();
        for (String eventType : EVENTS) {
            state.putWebhook(new WebhookSubscription(state.nextWebhookId(), eventType, receiver.url("/hook/" + eventType), true));
        }
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /** The single delivery of {@code eventType}, checked against the webhook spec. */
    private JsonNode deliveredOnce(String eventType) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.requestsTo("/hook/" + eventType).isEmpty());
        List<WebhookReceiver.Received> requests = receiver.requestsTo("/hook/" + eventType);
        assertThat(requests).as(eventType).hasSize(1);
        JsonNode body = requests.get(0).json();
        assertThat(VendorSpecs.webhooks().check(body)).as("spec problems of %s: %s", eventType, body).isEmpty();
        return body;
    }

    private void awaitStatus(String uid, String status) {
        await().atMost(Duration.ofSeconds(5)).until(() -> status.equals(api.get("/messages/" + uid).data().get("status").asText()));
    }

    @Test
    void aSendToANewPhoneFiresTheOutgoingChatAndSentMessageEvents() {
        String uid = api.post("/messages", "{\"phone\":\"+34612345678\",\"text\":\"Hola\"}").data().get("message_uid").asText();
        awaitStatus(uid, "Delivered");

        JsonNode sent = deliveredOnce("message:sent:new");
        JsonNode any = deliveredOnce("message:new");
        deliveredOnce("chat:new");
        JsonNode outgoing = deliveredOnce("chat:outgoing:new");

        assertThat(sent.get("message").get("message_uid").asText()).isEqualTo(uid);
        assertThat(sent.get("message").get("direction").asText()).isEqualTo("sent");
        assertThat(sent.get("message").get("origin").asText()).isEqualTo("Public API");
        assertThat(any.get("message").get("message_uid").asText()).isEqualTo(uid);
        assertThat(outgoing.get("chat").get("phone").asText()).isEqualTo("+34612345678");
        assertThat(receiver.requestsTo("/hook/message:received:new")).isEmpty();
        assertThat(receiver.requestsTo("/hook/chat:incoming:new")).isEmpty();
    }

    @Test
    void anInboundMessageFiresTheIncomingChatAndReceivedMessageEvents() {
        JsonNode r = Seeded.admin(sim).post("/inbound", "{\"phone\":\"+34612345678\",\"name\":\"Maria\",\"text\":\"Hi\"}").json();

        JsonNode received = deliveredOnce("message:received:new");
        deliveredOnce("message:new");
        deliveredOnce("chat:new");
        JsonNode incoming = deliveredOnce("chat:incoming:new");

        assertThat(received.get("message").get("message_uid").asText()).isEqualTo(r.get("message_uid").asText());
        assertThat(received.get("message").get("direction").asText()).isEqualTo("received");
        assertThat(incoming.get("chat").get("id").asLong()).isEqualTo(r.get("chat_id").asLong());
        assertThat(receiver.requestsTo("/hook/message:sent:new")).isEmpty();
    }

    @Test
    void assigningAndUnassigningFireTheResponsibleEvents() {
        long id = Seeded.customerId(sim, 1);
        api.patch("/chats/" + id, "{\"responsible\":\"bob@acme.example\"}");
        JsonNode assigned = deliveredOnce("chat:responsible:assigned");
        api.patch("/chats/" + id, "{\"responsible\":\"\"}");
        JsonNode unassigned = deliveredOnce("chat:responsible:unassigned");

        assertThat(assigned.get("chat").get("responsible_email").asText()).isEqualTo("bob@acme.example");
        assertThat(unassigned.get("chat").get("previous_responsible_email").asText()).isEqualTo("bob@acme.example");
    }

    @Test
    void aReactionThroughTheApiFiresTheReactionEvent() {
        String uid = Seeded.customer(sim, 1).lastMessageUid();
        api.patch("/messages/" + uid + "/reactions", "{\"reaction\":\"👍\"}");

        JsonNode reaction = deliveredOnce("message:reaction").get("reaction");

        assertThat(reaction.get("message_uid").asText()).isEqualTo(uid);
        assertThat(reaction.get("action").asText()).isEqualTo("set");
        assertThat(reaction.get("emoji").asText()).isEqualTo("👍");
    }

    @Test
    void failedSendsAndNotesFireNoMessageEvents() {
        String failed = api.post("/messages", "{\"phone\":\"+9995550000\",\"text\":\"a\"}").data().get("message_uid").asText();
        api.post("/chats/" + Seeded.customerId(sim, 1) + "/notes", "{\"text\":\"internal\"}");
        awaitStatus(failed, "Failed");
        // a good send afterwards: once its events arrived, those of the failed send and the note would have too
        String good = api.post("/chats/" + Seeded.customerId(sim, 1) + "/messages", "{\"text\":\"b\"}")
                .data().get("message_uid").asText();

        assertThat(deliveredOnce("message:new").get("message").get("message_uid").asText()).isEqualTo(good);
        assertThat(deliveredOnce("message:sent:new").get("message").get("message_uid").asText()).isEqualTo(good);
    }
}
