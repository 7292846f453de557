package dev.seed.camel.timelinesai.consumer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.testsupport.MemoryClaimingRepository;
import dev.seed.camel.timelinesai.testsupport.Replica;
import org.apache.camel.health.HealthCheckAware;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The poll mode on two replicas (file-lock cluster service on one shared folder) with a shared cursor store and a
 * shared claiming repository: only the leader polls, every event is emitted once, an event still claimed elsewhere
 * stops the batch without moving the cursor past it, and the next leader resumes from the shared cursor. The
 * schedulers poll once (the leader seeds the cursor) and then wait an hour: the test triggers the polls itself.
 */
class ClusterPollTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.create().resetBeforeEach();
    private static final String URI = "timelinesai:events?mode=poll&pollDelay=3600000&eventTypes=message:received:new"
            + "&pollStateStore=#cursor&idempotentRepository=#claims";

    @TempDir
    Path clusterRoot;
    private final List<Replica> replicas = new ArrayList<>();
    private final MemoryPollStateStore cursor = new MemoryPollStateStore();
    private final MemoryClaimingRepository.Store claims = new MemoryClaimingRepository.Store(60_000);
    /** {@code replica:message uid} of every event a route processed. */
    private final List<String> processed = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopAll() {
        replicas.forEach(Replica::close);
    }

    private Replica replica(String name) throws Exception {
        Replica replica = new Replica(name, SIMULATOR.baseUrl(), SIMULATOR.token(), "unused-in-poll-mode-0123",
                clusterRoot).bind("cursor", cursor).bind("claims", claims.replica(name));
        replicas.add(replica);
        return replica.start(URI, e -> processed.add(name + ":"
                + e.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID, String.class)));
    }

    private static TimelinesAiPollConsumer poller(Replica replica) {
        return (TimelinesAiPollConsumer) replica.consumer();
    }

    @Test
    void eachEventIsEmittedOnceAcrossReplicasAndTheNextLeaderResumesFromTheSharedCursor() throws Exception {
        SimulatorAdminClient admin = SIMULATOR.simulator().admin();
        Replica a = replica("a");
        await().atMost(Duration.ofSeconds(30)).until(a::isLeader);
        await().atMost(Duration.ofSeconds(30)).until(() -> cursor.load() != null);
        Replica b = replica("b");
        assertThat(((HealthCheckAware) b.consumer()).getHealthCheck().call().getDetails())
                .containsEntry("timelinesai.cluster.leader", false);

        MessagingAdmin.Inbound m1 = admin.injectInbound("+14155559301", "First", "one");
        MessagingAdmin.Inbound m2 = admin.injectInbound("+14155559302", "Second", "two");
        assertThat(poller(b).poll()).as("a follower does not poll").isZero();
        assertThat(processed).isEmpty();
        assertThat(poller(a).poll()).isEqualTo(2);
        assertThat(poller(a).poll()).isZero();
        assertThat(processed).containsExactlyInAnyOrder("a:" + m1.messageUid(), "a:" + m2.messageUid());

        // another replica claimed m3 and has not finished: the batch stops before it, the cursor does not pass it
        MessagingAdmin.Inbound m3 = admin.injectInbound("+14155559303", "Third", "three");
        claims.replica("dead").claim("message:received:new|" + m3.messageUid());
        PollState before = cursor.load();
        assertThat(poller(a).poll()).isZero();
        assertThat(cursor.load()).isEqualTo(before);

        a.close();
        await().atMost(Duration.ofSeconds(30)).until(b::isLeader);
        assertThat(poller(b).poll()).as("still claimed elsewhere").isZero();
        claims.advance(60_000);
        assertThat(poller(b).poll()).as("the claim expired: the new leader processes it").isEqualTo(1);
        MessagingAdmin.Inbound m4 = admin.injectInbound("+14155559304", "Fourth", "four");
        assertThat(poller(b).poll()).isEqualTo(1);
        assertThat(poller(b).poll()).isZero();

        assertThat(processed).containsExactlyInAnyOrder("a:" + m1.messageUid(), "a:" + m2.messageUid(),
                "b:" + m3.messageUid(), "b:" + m4.messageUid());
        assertThat(((HealthCheckAware) b.consumer()).getHealthCheck().call().getDetails())
                .containsEntry("timelinesai.cluster.leader", true);
    }
}
