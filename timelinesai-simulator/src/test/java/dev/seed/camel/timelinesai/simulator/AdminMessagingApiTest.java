package dev.seed.camel.timelinesai.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AdminMessagingApiTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private TimelinesAiSimulator sim;
    private ApiClient api;
    private ApiClient admin;
    private RecordingEvents events;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        api = ApiClient.http11(sim);
        admin = Seeded.admin(sim);
        events = new RecordingEvents();
        sim.state().setEvents(events);
    }

    @Test
    void inboundFromANewContactOpensAnUnreadChatStartedByTheContact() {
        ApiClient.Result r = admin.post("/inbound", "{\"phone\":\"+34612345678\",\"name\":\"Maria Gonzalez\",\"text\":\"Could you send me the invoice?\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String uid = r.json().get("message_uid").asText();
        long chatId = r.json().get("chat_id").asLong();
        JsonNode chat = api.get("/chats/" + chatId).data();
        assertThat(chat.get("name").asText()).isEqualTo("Maria Gonzalez");
        assertThat(chat.get("read").asBoolean()).isFalse();
        assertThat(chat.get("whatsapp_account_id").asText()).isEqualTo("14155550100@s.whatsapp.net");
        assertThat(chat.get("last_message_uid").asText()).isEqualTo(uid);
        JsonNode m = api.get("/messages/" + uid).data();
        assertThat(m.get("from_me").asBoolean()).isFalse();
        assertThat(m.get("sender_phone").asText()).isEqualTo("+34612345678");
        assertThat(m.get("recipient_phone").asText()).isEqualTo("+14155550100");
        assertThat(m.get("status").asText()).isEqualTo("Delivered");
        assertThat(api.get("/chats").data().get("chats").get(0).get("id").asLong()).isEqualTo(chatId);
        assertThat(events.calls()).containsExactly("chatCreated " + chatId + " byContact=true",
                "messageCreated " + uid + " chat=" + chatId + " fromMe=false");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void inboundFromAKnownContactLandsInTheAccountsChat() {
        Chat chat = Seeded.customer(sim, 2);

        ApiClient.Result r = admin.post("/inbound", "{\"phone\":\"+14155552002\",\"text\":\"again\",\"account_phone\":\"+4915112345678\"}");

        assertThat(r.json().get("chat_id").asLong()).isEqualTo(chat.id());
        assertThat(chat.read()).isFalse();
        assertThat(events.calls()).hasSize(1).allMatch(c -> c.startsWith("messageCreated"));
    }

    @Test
    void inboundWithoutAnAccountFindsTheContactsChatInAnyAccount() {
        // Customer 001 chats with +14155550101, not with the default sender
        Chat chat = Seeded.customer(sim, 1);

        MessagingAdmin.Inbound inbound = sim.admin().injectInbound("+14155552001", "Customer 001", "me again");

        assertThat(inbound.chatId()).isEqualTo(chat.id());
        assertThat(events.calls("chatCreated")).isEmpty();
    }

    @Test
    void inboundWithAnUploadedFileThroughTheAdminClient() {
        StoredFile upload = new StoredFile(java.util.UUID.randomUUID().toString(), "scan.pdf", "application/pdf",
                "pdf".getBytes(StandardCharsets.US_ASCII), "alice@acme.example", java.time.Instant.now());
        sim.state().addFile(upload);

        MessagingAdmin.Inbound inbound = sim.admin().injectInboundFile(null, "+34612345678", "Maria", null, upload.uid());

        assertThat(sim.state().message(inbound.messageUid()).orElseThrow().attachment()).isSameAs(upload);
        assertThat(api.get("/messages/" + inbound.messageUid()).data().get("attachment_filename").asText()).isEqualTo("scan.pdf");
        assertThat(admin.post("/inbound", "{\"phone\":\"+34612345678\",\"file_uid\":\"nope\"}").status()).isEqualTo(404);
    }

    @Test
    void theAdminClientReadsSentAndCredits() {
        String uid = api.post("/chats/" + Seeded.customerId(sim, 1) + "/messages", "{\"text\":\"a\"}").data().get("message_uid").asText();
        await().atMost(Duration.ofSeconds(5)).until(() -> "Delivered".equals(api.get("/messages/" + uid).data().get("status").asText()));
        sim.admin().markRead(uid);
        sim.admin().react(uid, "🙏", "+14155552001");

        assertThat(sim.admin().sent()).extracting(n -> n.get("message_uid").asText()).containsExactly(uid);
        assertThat(sim.admin().credits().get("charged").asLong()).isEqualTo(1);
        assertThat(api.get("/messages/" + uid).data().get("status").asText()).isEqualTo("Read");
        assertThat(api.get("/messages/" + uid + "/reactions").data().get("reactions").get("🙏").asInt()).isEqualTo(1);
    }

    @Test
    void inboundIntoAGroupByChatId() {
        ApiClient.Result r = admin.post("/inbound", "{\"phone\":\"+14155552001\",\"name\":\"Customer 001\",\"text\":\"hello all\","
                + "\"chat_id\":" + Seeder.GROUP_CHAT_ID + "}");

        JsonNode m = api.get("/messages/" + r.json().get("message_uid").asText()).data();
        assertThat(m.get("chat_id").asLong()).isEqualTo(Seeder.GROUP_CHAT_ID);
        assertThat(m.get("sender_name").asText()).isEqualTo("Customer 001");
    }

    @Test
    void inboundWithAFileStoresTheAttachment() {
        String base64 = Base64.getEncoder().encodeToString("photo-bytes".getBytes(StandardCharsets.US_ASCII));

        ApiClient.Result r = admin.post("/inbound", "{\"phone\":\"+34612345678\",\"file\":{\"filename\":\"photo.jpg\","
                + "\"content_type\":\"image/jpeg\",\"base64\":\"" + base64 + "\"}}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode m = api.get("/messages/" + r.json().get("message_uid").asText()).data();
        assertThat(m.get("has_attachment").asBoolean()).isTrue();
        assertThat(m.get("attachment_filename").asText()).isEqualTo("photo.jpg");
        assertThat(m.has("text")).isFalse();
        StoredFile file = sim.state().message(m.get("uid").asText()).orElseThrow().attachment();
        assertThat(new String(file.bytes(), StandardCharsets.US_ASCII)).isEqualTo("photo-bytes");
        assertThat(file.mimetype()).isEqualTo("image/jpeg");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void refusesBadInbound() {
        assertThat(admin.post("/inbound", "{\"text\":\"a\"}").status()).isEqualTo(400);
        assertThat(admin.post("/inbound", "{\"phone\":\"nope\",\"text\":\"a\"}").json().get("message").asText())
                .isEqualTo("Wrong phone number \"nope\"");
        assertThat(admin.post("/inbound", "{\"phone\":\"+34612345678\"}").status()).isEqualTo(400);
        assertThat(admin.post("/inbound", "{\"phone\":\"+34612345678\",\"text\":\"a\",\"chat_id\":5}").status()).isEqualTo(404);
        assertThat(admin.post("/inbound", "{\"phone\":\"+34612345678\",\"text\":\"a\",\"account_phone\":\"+1000000000\"}").status())
                .isEqualTo(400);
        assertThat(admin.post("/inbound", "{\"phone\":\"+34612345678\",\"file\":{\"filename\":\"a\",\"base64\":\"***\"}}").status())
                .isEqualTo(400);
        assertThat(events.calls()).isEmpty();
    }

    @Test
    void aContactsReactionIsSetAndClearedWithEvents() {
        Chat chat = Seeded.customer(sim, 2);
        String uid = chat.lastMessageUid();

        ApiClient.Result set = admin.post("/reactions", "{\"message_uid\":\"" + uid + "\",\"emoji\":\"❤️\"}");
        JsonNode reactions = api.get("/messages/" + uid + "/reactions").data();
        ApiClient.Result cleared = admin.post("/reactions", "{\"message_uid\":\"" + uid + "\",\"emoji\":\"\"}");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(reactions.get("users").get(0).get("name").asText()).isEqualTo("Customer 002");
        assertThat(reactions.get("users").get(0).get("phone").asText()).isEqualTo("+14155552002");
        assertThat(reactions.get("users").get(0).get("current").asBoolean()).isFalse();
        assertThat(cleared.json().get("changed").asBoolean()).isTrue();
        assertThat(events.calls()).containsExactly(
                "reactionChanged " + uid + " by=+14155552002 emoji=❤️ cleared=false",
                "reactionChanged " + uid + " by=+14155552002 emoji=❤️ cleared=true");
    }

    @Test
    void aReactionInAGroupNeedsTheReactorsPhone() {
        String uid = sim.state().chat(Seeder.GROUP_CHAT_ID).orElseThrow().lastMessageUid();

        ApiClient.Result withoutPhone = admin.post("/reactions", "{\"message_uid\":\"" + uid + "\",\"emoji\":\"👍\"}");
        ApiClient.Result withPhone = admin.post("/reactions",
                "{\"message_uid\":\"" + uid + "\",\"emoji\":\"👍\",\"phone\":\"+14155552001\",\"name\":\"Customer 001\"}");
        ApiClient.Result unknown = admin.post("/reactions", "{\"message_uid\":\"nope\",\"emoji\":\"👍\"}");

        assertThat(withoutPhone.status()).isEqualTo(400);
        assertThat(withPhone.status()).isEqualTo(200);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(events.calls()).hasSize(1);
    }

    @Test
    void markingReadAppendsReadOnceToADeliveredMessage() {
        String uid = api.post("/chats/" + Seeded.customerId(sim, 1) + "/messages", "{\"text\":\"a\"}").data().get("message_uid").asText();
        await().atMost(Duration.ofSeconds(5)).until(() -> "Delivered".equals(api.get("/messages/" + uid).data().get("status").asText()));

        ApiClient.Result read = admin.post("/messages/" + uid + "/read", "");
        admin.post("/messages/" + uid + "/read", "");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("status").asText()).isEqualTo("Read");
        assertThat(api.get("/messages/" + uid + "/status_history").data().findValuesAsText("status"))
                .containsExactly("Sending", "Sent", "Delivered", "Read");
        assertThat(api.get("/messages/" + uid).data().get("status").asText()).isEqualTo("Read");
    }

    @Test
    void onlyDeliveredOutboundMessagesCanBeRead() {
        String failed = api.post("/messages", "{\"phone\":\"+9990001111\",\"text\":\"a\"}").data().get("message_uid").asText();
        await().atMost(Duration.ofSeconds(5)).until(() -> "Failed".equals(api.get("/messages/" + failed).data().get("status").asText()));
        String inbound = Seeded.customer(sim, 1).lastMessageUid();

        assertThat(admin.post("/messages/" + failed + "/read", "").status()).isEqualTo(409);
        assertThat(admin.post("/messages/" + inbound + "/read", "").status()).isEqualTo(400);
        assertThat(admin.post("/messages/nope/read", "").status()).isEqualTo(404);
    }

    @Test
    void creditsReportTheQuotaAndWhatWasChargedAndRefunded() {
        String ok = api.post("/messages", "{\"phone\":\"+34600000001\",\"text\":\"a\"}").data().get("message_uid").asText();
        String failed = api.post("/messages", "{\"phone\":\"+9990001111\",\"text\":\"b\"}").data().get("message_uid").asText();
        await().atMost(Duration.ofSeconds(5)).until(() -> "Failed".equals(api.get("/messages/" + failed).data().get("status").asText()));

        JsonNode credits = admin.get("/credits").json();

        assertThat(ok).isNotEqualTo(failed);
        assertThat(credits.get("messaging_quota").get("total").asLong()).isEqualTo(sim.options().messagingQuota());
        assertThat(credits.get("messaging_quota").get("used").asLong()).isEqualTo(1);
        assertThat(credits.get("charged").asLong()).isEqualTo(2);
        assertThat(credits.get("refunded").asLong()).isEqualTo(1);
    }
}
