package dev.seed.camel.timelinesai.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class ChatMessagesApiTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private TimelinesAiSimulator sim;
    private ApiClient api;
    private Chat chat;
    private final List<String> uids = new ArrayList<>();

    /** Customer 003 (one seeded inbound message, recent) plus six messages in January 2026, every other one ours. */
    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        api = ApiClient.http11(sim);
        chat = Seeded.customer(sim, 3);
        String[] times = {"2026-01-10T09:00:00Z", "2026-01-10T10:30:00Z", "2026-01-11T08:00:00Z",
            "2026-01-11T23:59:30Z", "2026-01-12T00:00:00Z", "2026-01-13T12:00:00Z"};
        uids.clear();
        for (int i = 0; i < times.length; i++) {
            Message m = Message.builder(SimulatorState.newUid(), chat.id(), Instant.parse(times[i]))
                    .fromMe(i % 2 == 1).text("m" + i).sender("+14155552003", "Customer 003")
                    .recipient("+4915112345678", "Acme EU").origin("WhatsApp").build();
            sim.state().storeMessage(chat, m);
            uids.add(m.uid());
        }
    }

    private List<String> texts(String query) {
        ApiClient.Result r = api.get("/chats/" + chat.id() + "/messages" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        r.data().get("messages").forEach(m -> texts.add(m.get("text").asText()));
        return texts;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void listsNewestFirstByDefaultAndOldestFirstOnRequest() {
        assertThat(texts("")).containsExactly("Hello from customer 3", "m5", "m4", "m3", "m2", "m1", "m0");
        assertThat(texts("?sorting_order=desc")).containsExactly("Hello from customer 3", "m5", "m4", "m3", "m2", "m1", "m0");
        assertThat(texts("?sorting_order=asc")).containsExactly("m0", "m1", "m2", "m3", "m4", "m5", "Hello from customer 3");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void refusesAnUnknownSortingOrder() {
        ApiClient.Result r = api.get("/chats/" + chat.id() + "/messages?sorting_order=sideways");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("fields").get(0).asText()).isEqualTo("sorting_order");
    }

    @Test
    void filtersByDirection() {
        assertThat(texts("?from_me=true&sorting_order=asc")).containsExactly("m1", "m3", "m5");
        assertThat(texts("?from_me=false&sorting_order=asc")).containsExactly("m0", "m2", "m4", "Hello from customer 3");
    }

    @Test
    void dateBoundsAreInclusiveOfTheWholeDay() {
        assertThat(texts("?after=2026-01-11&before=2026-01-11&sorting_order=asc")).containsExactly("m2", "m3");
        assertThat(texts("?before=2026-01-10&sorting_order=asc")).containsExactly("m0", "m1");
        assertThat(texts("?after=2026-01-12&before=2026-01-13&sorting_order=asc")).containsExactly("m4", "m5");
    }

    @Test
    void datetimeBoundsAreInclusiveToTheirPrecision() {
        assertThat(texts("?after=" + enc("2026-01-11 08:00") + "&before=" + enc("2026-01-11 23:59")
                + "&sorting_order=asc")).containsExactly("m2", "m3");
        assertThat(texts("?after=2026-01-11T23:59:31&sorting_order=asc")).containsExactly("m4", "m5", "Hello from customer 3");
        assertThat(texts("?before=" + enc("2026-01-11T09:00:00+01:00") + "&sorting_order=asc"))
                .containsExactly("m0", "m1", "m2");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void anOffsetWhosePlusWasNotEncodedStillCounts() {
        // "+01:00" sent raw arrives as " 01:00"
        assertThat(texts("?before=2026-01-11T09:00:00+01:00&sorting_order=asc")).containsExactly("m0", "m1", "m2");
    }

    @Test
    void refusesBoundsThatAreNoDates() {
        ApiClient.Result r = api.get("/chats/" + chat.id() + "/messages?after=last-week");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("fields").get(0).asText()).isEqualTo("after");
    }

    @Test
    void messageCursorsAreExclusive() {
        assertThat(texts("?after_message=" + uids.get(2) + "&sorting_order=asc"))
                .containsExactly("m3", "m4", "m5", "Hello from customer 3");
        assertThat(texts("?before_message=" + uids.get(2))).containsExactly("m1", "m0");
        assertThat(texts("?after_message=" + uids.get(0) + "&before_message=" + uids.get(3))).containsExactly("m2", "m1");
    }

    @Test
    void anUnknownCursorMessageIs404() {
        ApiClient.Result r = api.get("/chats/" + chat.id() + "/messages?after_message=nope");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("message").asText()).isEqualTo("Message uid \"nope\" not found");
    }

    @Test
    void paginatesFiftyAPage() {
        Chat busy = Seeded.customer(sim, 5);
        Instant start = Instant.parse("2025-06-01T00:00:00Z");
        for (int i = 0; i < 119; i++) {
            sim.state().storeMessage(busy, Message.builder(SimulatorState.newUid(), busy.id(), start.plusSeconds(i))
                    .text("n" + i).sender("+14155552005", "Customer 005").recipient("+14155550101", "Acme Support").build());
        }
        String path = "/chats/" + busy.id() + "/messages";

        ApiClient.Result p1 = api.get(path);
        ApiClient.Result p3 = api.get(path + "?page=3&sorting_order=asc");

        assertThat(p1.data().get("messages")).hasSize(50);
        assertThat(p1.data().get("has_more_pages").asBoolean()).isTrue();
        assertThat(p3.data().get("messages")).hasSize(20);
        assertThat(p3.data().get("has_more_pages").asBoolean()).isFalse();
        assertThat(p3.data().get("messages").get(19).get("text").asText()).isEqualTo("Hello from customer 5");
    }

    @Test
    void notesAppearInTheHistoryAsNotes() {
        ApiClient.Result note = api.post("/chats/" + chat.id() + "/notes", "{\"text\":\"call after 17:00\",\"is_private\":false}");

        JsonNode first = api.get("/chats/" + chat.id() + "/messages").data().get("messages").get(0);

        assertThat(first.get("uid").asText()).isEqualTo(note.data().get("message_uid").asText());
        assertThat(first.get("message_type").asText()).isEqualTo("note");
        assertThat(first.get("text").asText()).isEqualTo("call after 17:00");
        assertThat(first.get("data").get("is_private").asBoolean()).isFalse();
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void v2ListsTheSameHistory() {
        ApiClient.Result v2 = api.get("/v2/chats/" + chat.id() + "/messages?from_me=true");

        assertThat(v2.data().get("messages")).hasSize(3);
        assertThat(api.get("/v2/chats/77/messages").status()).isEqualTo(404);
        assertThat(VendorSpecs.publicViolations(sim)).filteredOn(v -> v.status() != 404).isEmpty();
    }

    @Test
    void historyOfAnUnknownChatIs404() {
        ApiClient.Result r = api.get("/chats/77/messages");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("message").asText()).isEqualTo("Whatsapp chat_id \"77\" not found");
    }

    @Test
    void getsOneMessageInTheMessageInfoShape() {
        Chat withReply = Seeded.customer(sim, 2);
        String uid = withReply.lastMessageUid();

        JsonNode m = api.get("/messages/" + uid).data();

        assertThat(m.get("uid").asText()).isEqualTo(uid);
        assertThat(m.get("chat_id").asLong()).isEqualTo(withReply.id());
        assertThat(m.get("from_me").asBoolean()).isTrue();
        assertThat(m.get("status").asText()).isEqualTo("Delivered");
        assertThat(m.get("sender_phone").asText()).isEqualTo("+4915112345678");
        assertThat(m.get("recipient_phone").asText()).isEqualTo("+14155552002");
        assertThat(m.get("has_attachment").asBoolean()).isFalse();
        assertThat(m.get("message_type").asText()).isEqualTo("whatsapp");
        assertThat(m.get("data").get("whatsapp_from_me").asBoolean()).isTrue();
        assertThat(m.get("reactions").get("total").asInt()).isZero();
        assertThat(m.get("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\+0000");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void unknownMessageIs404WithTheApiMessage() {
        ApiClient.Result r = api.get("/messages/bogus-uid");
        ApiClient.Result history = api.get("/messages/bogus-uid/status_history");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("message").asText()).isEqualTo("Message uid \"bogus-uid\" not found");
        assertThat(history.status()).isEqualTo(404);
    }

    @Test
    void statusHistoryIsAFlatChronologicalArray() {
        String reply = Seeded.customer(sim, 2).lastMessageUid();

        ApiClient.Result r = api.get("/messages/" + reply + "/status_history");
        ApiClient.Result inbound = api.get("/messages/" + uids.get(0) + "/status_history");

        assertThat(r.data().isArray()).isTrue();
        assertThat(r.data()).extracting(n -> n.get("status").asText()).containsExactly("Sent", "Delivered");
        assertThat(r.data().get(0).get("timestamp").asText()).isLessThanOrEqualTo(r.data().get(1).get("timestamp").asText());
        assertThat(inbound.data()).isEmpty();
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }
}
