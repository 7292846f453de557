package dev.seed.camel.timelinesai.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WebhookSubscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The admin client's messaging calls end to end: injected traffic reaches webhook subscribers. */
class AdminMessagingClientTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private void subscribe(String eventType) {
        SimulatorState state = SIM.simulator().state();
        state.putWebhook(new WebhookSubscription(state.nextWebhookId(), eventType, receiver.url("/" + eventType), true));
    }

    private JsonNode delivered(String eventType) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.requestsTo("/" + eventType).isEmpty());
        JsonNode body = receiver.requestsTo("/" + eventType).get(0).json();
        assertThat(VendorSpecs.webhooks().check(body)).isEmpty();
        return body;
    }

    @Test
    void anInjectedMessageFromANewPhoneOpensAChatAndFiresItsWebhooks(SimulatorAdminClient admin) {
        subscribe("chat:incoming:new");
        subscribe("message:received:new");

        MessagingAdmin.Inbound inbound = admin.injectInbound(Seeder.ACCOUNT_PHONES.get(1), "+34612345678",
                "Maria Gonzalez", "Hola");

        Chat chat = SIM.simulator().state().chat(inbound.chatId()).orElseThrow();
        assertThat(chat.accountId()).isEqualTo("14155550101@s.whatsapp.net");
        assertThat(delivered("chat:incoming:new").path("chat").path("id").asLong()).isEqualTo(inbound.chatId());
        JsonNode message = delivered("message:received:new").path("message");
        assertThat(message.path("message_uid").asText()).isEqualTo(inbound.messageUid());
        assertThat(message.path("text").asText()).isEqualTo("Hola");
        assertThat(message.path("sender").path("full_name").asText()).isEqualTo("Maria Gonzalez");
    }

    @Test
    void anInjectedFileArrivesWithADownloadableTemporaryUrl(SimulatorAdminClient admin) throws Exception {
        subscribe("message:received:new");
        byte[] pdf = "%PDF-1.7 contract".getBytes(StandardCharsets.US_ASCII);

        admin.injectInboundFile(null, "+34612345678", "Maria Gonzalez", "Signed", "contract.pdf", "application/pdf", pdf);

        JsonNode attachment = delivered("message:received:new").path("message").path("attachments").get(0);
        assertThat(attachment.path("filename").asText()).isEqualTo("contract.pdf");
        assertThat(attachment.path("size").asInt()).isEqualTo(pdf.length);
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(attachment.path("temporary_download_url").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
    }

    @Test
    void aContactsReactionFiresMessageReactionOnlyWhenItChangesSomething(SimulatorAdminClient admin) {
        subscribe("message:reaction");
        MessagingAdmin.Inbound inbound = admin.injectInbound("+34612345678", "Maria Gonzalez", "Hola");

        assertThat(admin.react(inbound.messageUid(), "👍", null)).isTrue();
        assertThat(admin.react(inbound.messageUid(), "👍", null)).isFalse();

        JsonNode reaction = delivered("message:reaction").path("reaction");
        assertThat(reaction.path("action").asText()).isEqualTo("set");
        assertThat(reaction.path("reactions").path("👍").asInt()).isEqualTo(1);
        assertThat(reaction.path("reactor").path("phone").asText()).isEqualTo("+34612345678");
        assertThat(admin.react(inbound.messageUid(), "", "+34612345678")).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requestsTo("/message:reaction").size() == 2);
        assertThat(receiver.requestsTo("/message:reaction").get(1).json().path("reaction").path("action").asText())
                .isEqualTo("clear");
    }

    @Test
    void aSendIsListedCostsACreditAndCanBeMarkedRead(SimulatorAdminClient admin) {
        MessagingAdmin.Credits before = admin.creditBalance();
        ApiClient.Result sent = new ApiClient(SIM.simulator()).post("/messages",
                "{\"phone\":\"+34612345678\",\"text\":\"Your order has shipped\"}");
        String uid = sent.data().path("message_uid").asText();

        await().atMost(Duration.ofSeconds(10)).until(() -> admin.sentMessages().stream()
                .anyMatch(m -> m.messageUid().equals(uid) && m.status().equals("Delivered")));
        MessagingAdmin.SentMessage message = admin.sentMessages().get(0);

        assertThat(message.text()).isEqualTo("Your order has shipped");
        assertThat(message.phone()).isEqualTo("+34612345678");
        assertThat(message.credits()).isEqualTo(1);
        assertThat(admin.creditBalance().charged()).isEqualTo(before.charged() + 1);
        assertThat(admin.creditBalance().messagingUsed()).isEqualTo(before.messagingUsed() + 1);
        assertThat(admin.markRead(uid)).isEqualTo("Read");
        assertThat(SIM.simulator().state().message(uid).orElseThrow().status()).isEqualTo("Read");
    }

    @Test
    void aMemberWritesInTheGroupChat(SimulatorAdminClient admin) {
        MessagingAdmin.Inbound inbound = admin.injectInboundToChat(Seeder.GROUP_CHAT_ID, "+14155552001",
                "Customer 001", "See you at 10");

        assertThat(inbound.chatId()).isEqualTo(Seeder.GROUP_CHAT_ID);
        assertThat(SIM.simulator().state().message(inbound.messageUid()).orElseThrow().senderPhone())
                .isEqualTo("+14155552001");
        assertThatThrownBy(() -> admin.markRead(inbound.messageUid()))
                .isInstanceOfSatisfying(SimulatorAdminClient.AdminException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
