package dev.seed.camel.timelinesai.simulator;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class NotesAndLabelsApiTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private TimelinesAiSimulator sim;
    private ApiClient api;
    private RecordingEvents events;
    private Chat chat;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        api = ApiClient.http11(sim);
        events = new RecordingEvents();
        sim.state().setEvents(events);
        chat = Seeded.customer(sim, 35);
    }

    private ApiClient.Result postPlain(String path, String text) {
        return api.send(api.builder(path).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    @Test
    void addsAJsonNoteThatIsPrivateByDefaultAndFiresNoEvents() {
        ApiClient.Result r = api.post("/chats/" + chat.id() + "/notes", "{\"text\":\"Customer prefers calls after 17:00 CET.\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String uid = r.data().get("message_uid").asText();
        JsonNode note = api.get("/messages/" + uid).data();
        assertThat(note.get("message_type").asText()).isEqualTo("note");
        assertThat(note.get("text").asText()).isEqualTo("Customer prefers calls after 17:00 CET.");
        assertThat(note.get("data").get("is_private").asBoolean()).isTrue();
        assertThat(events.calls()).isEmpty();
        assertThat(sim.state().workspace().messagingQuota().used()).isZero();
        assertThat(Seeded.admin(sim).get("/sent").json()).isEmpty();
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void addsAPlainTextNote() {
        ApiClient.Result r = postPlain("/chats/" + chat.id() + "/notes", "raw note\nline two");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Message note = sim.state().message(r.data().get("message_uid").asText()).orElseThrow();
        assertThat(note.text()).isEqualTo("raw note\nline two");
        assertThat(note.messageType()).isEqualTo("note");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void refusesNotesThatAreMissingTooLongOrHoldNul() {
        String path = "/chats/" + chat.id() + "/notes";
        ApiClient.Result missing = api.post(path, "{\"is_private\":false}");
        ApiClient.Result tooLong = api.post(path, "{\"text\":\"" + "n".repeat(10_001) + "\"}");
        ApiClient.Result longest = api.post(path, "{\"text\":\"" + "n".repeat(10_000) + "\"}");
        ApiClient.Result plainTooLong = postPlain(path, "n".repeat(10_001));
        ApiClient.Result plainNul = postPlain(path, "a\u0000b");
        ApiClient.Result plainEmpty = postPlain(path, "");
        ApiClient.Result wrongFlag = api.post(path, "{\"text\":\"a\",\"is_private\":\"no\"}");
        ApiClient.Result unknownChat = api.post("/chats/3/notes", "{\"text\":\"a\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("fields").get(0).asText()).isEqualTo("text");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(longest.status()).isEqualTo(200);
        assertThat(plainTooLong.status()).isEqualTo(400);
        assertThat(plainNul.status()).isEqualTo(400);
        assertThat(plainEmpty.status()).isEqualTo(400);
        assertThat(wrongFlag.json().get("errors").get(0).get("fields").get(0).asText()).isEqualTo("is_private");
        assertThat(unknownChat.status()).isEqualTo(404);
        assertThat(unknownChat.json().get("message").asText()).isEqualTo("Whatsapp chat_id \"3\" not found");
    }

    @Test
    void listsTheChatsLabels() {
        ApiClient.Result r = api.get("/chats/" + chat.id() + "/labels");

        assertThat(r.data().get("labels")).extracting(JsonNode::asText).containsExactly("vip", "lead");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void postReplacesTheWholeSet() {
        ApiClient.Result r = api.post("/chats/" + chat.id() + "/labels", "{\"labels\":[\"order-updates\",\"vip\"]}");

        assertThat(r.data().get("labels")).extracting(JsonNode::asText).containsExactly("order-updates", "vip");
        assertThat(api.get("/chats/" + chat.id()).data().get("labels")).extracting(JsonNode::asText)
                .containsExactly("order-updates", "vip");
        assertThat(api.post("/chats/" + chat.id() + "/labels", "{\"labels\":[]}").data().get("labels")).isEmpty();
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void putAddsToTheSetWithoutDuplicates() {
        ApiClient.Result r = api.put("/chats/" + chat.id() + "/labels", "{\"labels\":[\"order-updates\",\"vip\"]}");

        assertThat(r.data().get("labels")).extracting(JsonNode::asText).containsExactly("vip", "lead", "order-updates");
        assertThat(api.get("/chats?label=order-updates").data().get("chats")).hasSize(1);
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void refusesBadLabelBodies() {
        String path = "/chats/" + chat.id() + "/labels";
        ApiClient.Result missing = api.post(path, "{}");
        ApiClient.Result singular = api.put(path, "{\"label\":\"x\"}");
        ApiClient.Result notAList = api.post(path, "{\"labels\":\"vip\"}");
        ApiClient.Result notStrings = api.put(path, "{\"labels\":[\"ok\",7]}");
        ApiClient.Result tooLong = api.put(path, "{\"labels\":[\"" + "l".repeat(65) + "\"]}");
        ApiClient.Result nul = api.put(path, "{\"labels\":[\"a\\u0000\"]}");
        ApiClient.Result unknownChat = api.get("/chats/3/labels");

        assertThat(missing.json().get("errors").get(0).get("fields").get(0).asText()).isEqualTo("labels");
        assertThat(singular.status()).isEqualTo(400);
        assertThat(notAList.json().get("errors").get(0).get("msg").asText()).isEqualTo("Not a valid list.");
        assertThat(notStrings.json().get("errors").get(0).get("fields")).extracting(JsonNode::asText).containsExactly("labels", "1");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(nul.status()).isEqualTo(400);
        assertThat(unknownChat.status()).isEqualTo(404);
        assertThat(api.get(path).data().get("labels")).extracting(JsonNode::asText).containsExactly("vip", "lead");
    }
}
