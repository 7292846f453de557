package dev.seed.camel.timelinesai.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.StatusChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The per-account send queue with a real gap between dispatches. */
class SendSpacingTest {
    private static final Duration INTERVAL = Duration.ofMillis(500);

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.withOptions(
            SimulatorOptions.forTests().sendInterval(INTERVAL).sendJitter(Duration.ofMillis(100)).build()).resetBeforeEach();

    private TimelinesAiSimulator sim;
    private ApiClient api;
    private RecordingEvents events;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        api = ApiClient.http11(sim);
        events = new RecordingEvents();
        sim.state().setEvents(events);
    }

    private String send(long chatId, String text) {
        ApiClient.Result r = api.post("/chats/" + chatId + "/messages", "{\"text\":\"" + text + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.data().get("message_uid").asText();
    }

    private Instant at(String uid, String status) {
        return sim.state().message(uid).orElseThrow().statusHistory().stream()
                .filter(s -> s.status().equals(status)).map(StatusChange::at).findFirst().orElseThrow();
    }

    @Test
    void oneAccountDispatchesInOrderAtLeastAnIntervalApart() {
        // Customer 003, 006, 009, 012 all belong to +14155550100
        List<String> uids = new ArrayList<>();
        for (int n : new int[] {3, 6, 9, 12}) {
            uids.add(send(Seeded.customerId(sim, n), "to " + n));
        }
        String last = uids.get(3);

        ApiClient.Result queued = api.get("/messages/" + last);
        ApiClient.Result queuedHistory = api.get("/messages/" + last + "/status_history");
        assertThat(queued.data().get("status").asText()).isEqualTo("Pending");
        assertThat(queuedHistory.data()).isEmpty();
        assertThat(events.calls()).noneMatch(c -> c.contains(last));

        await().atMost(Duration.ofSeconds(10)).until(() -> "Delivered".equals(api.get("/messages/" + last).data().get("status").asText()));

        for (int i = 1; i < uids.size(); i++) {
            Instant previous = at(uids.get(i - 1), "Sending");
            Instant current = at(uids.get(i), "Sending");
            assertThat(Duration.between(previous, current)).as("gap before message %d", i).isGreaterThanOrEqualTo(INTERVAL);
        }
        assertThat(events.calls("messageCreated")).extracting(c -> c.split(" ")[1]).containsExactlyElementsOf(uids);
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void accountsHaveTheirOwnQueues() {
        String a1 = send(Seeded.customerId(sim, 3), "a1");
        String a2 = send(Seeded.customerId(sim, 6), "a2");
        String a3 = send(Seeded.customerId(sim, 9), "a3");
        // Customer 001 belongs to +14155550101: it does not wait behind the three above
        String b1 = send(Seeded.customerId(sim, 1), "b1");

        await().atMost(Duration.ofSeconds(10)).until(() -> "Delivered".equals(api.get("/messages/" + a3).data().get("status").asText()));
        await().atMost(Duration.ofSeconds(10)).until(() -> "Delivered".equals(api.get("/messages/" + b1).data().get("status").asText()));

        assertThat(at(b1, "Sending")).isBefore(at(a3, "Sending"));
        assertThat(at(a1, "Sending")).isBefore(at(a2, "Sending"));
    }

    @Test
    void resetDropsQueuedMessagesWithoutFiringTheirEvents() {
        for (int n : new int[] {3, 6, 9}) {
            send(Seeded.customerId(sim, n), "to " + n);
        }
        sim.reset();
        sim.state().setEvents(events);
        int before = events.calls().size();

        await().during(Duration.ofMillis(1300)).atMost(Duration.ofSeconds(3)).until(() -> events.calls().size() == before);
        assertThat(Seeded.admin(sim).get("/sent").json()).isEmpty();
    }
}
