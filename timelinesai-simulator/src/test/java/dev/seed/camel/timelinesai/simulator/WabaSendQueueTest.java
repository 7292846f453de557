package dev.seed.camel.timelinesai.simulator;

import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** WABA sends wait in their account's queue like QR sends; what changes while they wait decides their fate. */
class WabaSendQueueTest {
    /** Long enough that the second send surely waits while the test changes the chat. */
    private static final Duration INTERVAL = Duration.ofSeconds(3);

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.withOptions(
            SimulatorOptions.forTests().sendInterval(INTERVAL).sendJitter(Duration.ZERO).build()).resetBeforeEach();

    private TimelinesAiSimulator sim;
    private ApiClient api;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        api = ApiClient.http11(sim);
    }

    private String send(long chatId, String text) {
        ApiClient.Result r = api.post("/waba/chats/" + chatId + "/messages", "{\"text\":\"" + text + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.data().get("uid").asText();
    }

    private JsonNode awaitFinal(String uid) {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            String status = api.get("/waba/messages/" + uid).data().get("status").asText();
            return status.equals("Delivered") || status.equals("Failed");
        });
        return api.get("/waba/messages/" + uid).data();
    }

    @Test
    void aFreeFormMessageWhoseWindowClosesWhileQueuedFailsAndIsRefunded() {
        long chatId = WabaSeeded.chatId(sim, WabaSeeder.CHAT_OPEN);
        String first = send(chatId, "first");
        String second = send(chatId, "second, queued behind the first");
        assertThat(api.get("/waba/messages/" + second).data().get("status").asText()).isEqualTo("Pending");

        WabaSeeded.chat(sim, WabaSeeder.CHAT_OPEN).setWindowExpiresAt(Instant.now().minusSeconds(1));

        assertThat(awaitFinal(first).get("status").asText()).isEqualTo("Delivered");
        JsonNode failed = awaitFinal(second);
        assertThat(failed.get("status").asText()).isEqualTo("Failed");
        assertThat(failed.path("failure_reason").path("code").asInt()).isEqualTo(131047);
        assertThat(sim.state().workspace().messagingQuota().used()).isEqualTo(1);
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }
}
