package dev.seed.camel.timelinesai.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class ReactionsApiTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private TimelinesAiSimulator sim;
    private ApiClient api;
    private ApiClient admin;
    private RecordingEvents events;
    private Chat chat;
    private String uid;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        api = ApiClient.http11(sim);
        admin = Seeded.admin(sim);
        events = new RecordingEvents();
        sim.state().setEvents(events);
        chat = Seeded.customer(sim, 1);
        uid = chat.lastMessageUid();
    }

    @Test
    void aMessageStartsWithoutReactions() {
        ApiClient.Result r = api.get("/messages/" + uid + "/reactions");

        assertThat(r.data().get("users")).isEmpty();
        assertThat(r.data().get("reactions").size()).isZero();
        assertThat(r.data().get("total").asInt()).isZero();
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void ownReactionIsSetReplacedAndClearedWithOneEventPerChange() {
        ApiClient.Result set = api.patch("/messages/" + uid + "/reactions", "{\"reaction\":\"👍\"}");
        api.patch("/messages/" + uid + "/reactions", "{\"reaction\":\"👍\"}");
        api.patch("/messages/" + uid + "/reactions", "{\"reaction\":\"\\uD83D\\uDE00\"}");
        JsonNode afterReplace = api.get("/messages/" + uid + "/reactions").data();
        api.patch("/messages/" + uid + "/reactions", "{\"reaction\":\"\"}");
        api.patch("/messages/" + uid + "/reactions", "{\"reaction\":\"\"}");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.data().get("message_uid").asText()).isEqualTo(uid);
        assertThat(afterReplace.get("total").asInt()).isEqualTo(1);
        JsonNode user = afterReplace.get("users").get(0);
        assertThat(user.get("reaction").asText()).isEqualTo("😀");
        assertThat(user.get("phone").asText()).isEqualTo("+14155550101");
        assertThat(user.get("current").asBoolean()).isTrue();
        assertThat(api.get("/messages/" + uid + "/reactions").data().get("total").asInt()).isZero();
        assertThat(events.calls()).containsExactly(
                "reactionChanged " + uid + " by=+14155550101 emoji=👍 cleared=false",
                "reactionChanged " + uid + " by=+14155550101 emoji=😀 cleared=false",
                "reactionChanged " + uid + " by=+14155550101 emoji=😀 cleared=true");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void countsReactionsOfEveryoneByEmoji() {
        api.patch("/messages/" + uid + "/reactions", "{\"reaction\":\"👍\"}");
        admin.post("/reactions", "{\"message_uid\":\"" + uid + "\",\"emoji\":\"👍\"}");

        JsonNode r = api.get("/messages/" + uid + "/reactions").data();

        assertThat(r.get("total").asInt()).isEqualTo(2);
        assertThat(r.get("reactions").get("👍").asInt()).isEqualTo(2);
        assertThat(r.get("users")).extracting(u -> u.get("current").asBoolean()).containsExactlyInAnyOrder(true, false);
        assertThat(api.get("/messages/" + uid).data().get("reactions").get("total").asInt()).isEqualTo(2);
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void refusesBadReactionBodies() {
        ApiClient.Result missing = api.patch("/messages/" + uid + "/reactions", "{}");
        ApiClient.Result tooLong = api.patch("/messages/" + uid + "/reactions", "{\"reaction\":\"" + "x".repeat(51) + "\"}");
        ApiClient.Result wrongType = api.patch("/messages/" + uid + "/reactions", "{\"reaction\":1}");
        ApiClient.Result unknown = api.patch("/messages/nope/reactions", "{\"reaction\":\"👍\"}");
        ApiClient.Result unknownGet = api.get("/messages/nope/reactions");

        assertThat(missing.json().get("errors").get(0).get("fields").get(0).asText()).isEqualTo("reaction");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).isEqualTo("Message uid \"nope\" not found");
        assertThat(unknownGet.status()).isEqualTo(404);
        assertThat(events.calls()).isEmpty();
    }
}
