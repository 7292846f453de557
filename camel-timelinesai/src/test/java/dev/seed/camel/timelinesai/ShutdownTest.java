package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.SynchronizationAdapter;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping a context with sends in flight: a graceful stop lets all of them finish; a forced stop (shutdown
 * timeout passed) still completes every exchange, as sent (uid header), ambiguous (its HTTP call was cut) or
 * failed with "nothing was sent", and the server holds every one reported sent and none reported not sent.
 */
class ShutdownTest extends TimelinesAiTestSupport {
    private static final int SENDS = 20;
    private final Map<String, Object> outcomes = new ConcurrentHashMap<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:send?concurrentConsumers=" + SENDS).routeId("send")
                    .process(e -> e.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                        @Override
                        public void onDone(Exchange done) {
                            // the uid header and the failure property survive Camel rejecting exchanges on a forced stop
                            String uid = done.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID, String.class);
                            Object failure = done.getProperty(TimelinesAiConstants.FAILURE_PROPERTY);
                            outcomes.put(done.getMessage().getHeader("marker", String.class),
                                    uid != null ? uid : failure != null ? failure : done.getException());
                        }
                    }))
                    .to("timelinesai:messages/send?workerPoolSize=2&responseTimeout=10000");
                from("seda:await").routeId("await")
                    .process(e -> e.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                        @Override
                        public void onDone(Exchange done) {
                            Object failure = done.getProperty(TimelinesAiConstants.FAILURE_PROPERTY);
                            outcomes.put("await", failure != null ? failure : String.valueOf(done.getException()));
                        }
                    }))
                    .to("timelinesai:messages/awaitStatus?expectedStatus=Read&pollInterval=60000&awaitTimeout=120000");
            }
        };
    }

    private void sendAll() {
        long chat = simulator().state().chats().stream().filter(c -> !c.isGroup()).map(Chat::id).findFirst()
                .orElseThrow();
        for (int i = 0; i < SENDS; i++) {
            template.sendBodyAndHeaders("seda:send", "shutdown " + i, Map.of("marker", "shutdown " + i,
                    TimelinesAiConstants.CHAT_ID, chat));
        }
    }

    @Test
    void aGracefulStopLetsEverySendFinish() {
        simulator().admin().addFault(FaultSpec.latency(Duration.ofMillis(300)).method("POST"));
        sendAll();
        await().atMost(10, SECONDS).until(() -> simulator().admin().faults().get(0).fired() >= 2);
        context.stop();
        assertThat(outcomes).hasSize(SENDS).allSatisfy((marker, outcome) -> assertThat(outcome).isInstanceOf(String.class));
        assertThat(sentTexts()).hasSize(SENDS).doesNotHaveDuplicates();
    }

    @Test
    void aForcedStopStillReportsEverySend() {
        context.getShutdownStrategy().setTimeout(2);
        simulator().admin().addFault(FaultSpec.latency(Duration.ofMillis(1500)).method("POST"));
        sendAll();
        await().atMost(10, SECONDS).until(() -> simulator().admin().faults().get(0).fired() >= 2);
        context.stop();
        await().atMost(30, SECONDS).until(() -> outcomes.size() == SENDS);
        AtomicInteger quiet = new AtomicInteger(-1);
        await().atMost(30, SECONDS).pollInterval(Duration.ofSeconds(3))
                .until(() -> quiet.getAndSet(sentTexts().size()) == sentTexts().size());
        List<String> onServer = sentTexts();
        assertThat(onServer).doesNotHaveDuplicates();
        long reportedSent = outcomes.values().stream().filter(o -> o instanceof String).count();
        long notStarted = outcomes.values().stream().filter(o -> o instanceof TimelinesAiException e
                && !(o instanceof TimelinesAiAmbiguousSendException) && e.getMessage().contains("nothing was sent"))
                .count();
        assertThat(outcomes).allSatisfy((marker, outcome) -> {
            if (outcome instanceof String) {
                assertThat(onServer).as("reported sent").contains(marker);
            } else {
                assertThat(outcome).as(marker).isInstanceOf(TimelinesAiException.class);
                if (!(outcome instanceof TimelinesAiAmbiguousSendException)) {
                    assertThat(onServer).as("reported not sent").doesNotContain(marker);
                    assertThat(((Exception) outcome).getMessage()).contains("nothing was sent");
                }
            }
        });
        assertThat(reportedSent).as("the first calls finished before the stop was forced").isPositive();
        assertThat(notStarted).as("queued calls were reported as not sent").isPositive();
    }

    @Test
    void aStopEndsRetryBackoffsLongerThanTheGracePeriodAndCompletesEverySendOnce() {
        context.getShutdownStrategy().setTimeout(1);
        simulator().admin().addFault(FaultSpec.rateLimit(28).method("POST"));
        sendAll();
        // some wait out the Retry-After in a worker, some are scheduled, some still queue for a worker or a permit
        await().atMost(10, SECONDS).until(() -> simulator().admin().faults().get(0).fired() >= 4);
        context.stop();
        // the Retry-After (28 s, under the 30 s retryMaxDelay) is far longer than the stop's grace periods: nobody may
        // sleep through it; a call still in its HTTP exchange when the stop came may take its 10 s responseTimeout
        await().atMost(20, SECONDS).until(() -> outcomes.size() == SENDS);
        assertThat(outcomes).allSatisfy((marker, outcome) -> assertThat(outcome)
                .isInstanceOfSatisfying(TimelinesAiException.class, e -> assertThat(e.getMessage())
                        .contains("nothing was sent")));
        assertThat(sentTexts()).isEmpty();
    }

    @Test
    void aStopEndsAwaitStatusPollsLongerThanTheGracePeriod() {
        context.getShutdownStrategy().setTimeout(1);
        String uid = template.requestBody("timelinesai:messages/send?phone=+14155550123", "await me", String.class);
        template.sendBodyAndHeader("seda:await", null, TimelinesAiConstants.MESSAGE_UID, uid);
        await().atMost(10, SECONDS).until(() -> simulator().admin().stats().requests() >= 2);
        context.stop();
        // the next poll is a minute away: the stop completes the exchange instead of dropping it
        await().atMost(20, SECONDS).until(() -> outcomes.containsKey("await"));
        assertThat(outcomes.get("await")).isInstanceOf(TimelinesAiException.class)
                .isNotInstanceOf(TimelinesAiAmbiguousSendException.class);
        assertThat(((Throwable) outcomes.get("await")).getMessage()).contains("the wait was given up");
    }

    private List<String> sentTexts() {
        return simulator().admin().sent().stream().map(s -> s.path("text").asText()).toList();
    }
}
