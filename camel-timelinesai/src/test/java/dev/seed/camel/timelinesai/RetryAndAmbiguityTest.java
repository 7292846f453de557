package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.List;

import dev.seed.camel.timelinesai.limit.TimelinesAiStatistics;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The request policy against the simulator's faults: 429 is waited out (Retry-After or backoff) and retried for
 * every call; 5xx and lost connections are retried for reads but make a send ambiguous, never resent; budgets
 * end in the typed exception; every wait and retry is counted.
 */
class RetryAndAmbiguityTest extends TimelinesAiTestSupport {
    private static final String SEND_PATH = "/chats/\\d+/messages";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TimelinesAiComponent component = context.getComponent("timelinesai", TimelinesAiComponent.class);
        component.setRetryInitialDelay(20);
        component.setResponseTimeout(1000);
        return context;
    }

    private TimelinesAiStatistics stats() {
        return context.getComponent("timelinesai", TimelinesAiComponent.class).getStatistics();
    }

    private long chat() {
        return simulator().state().chats().stream().filter(c -> !c.isGroup()).map(Chat::id).findFirst().orElseThrow();
    }

    private Exchange send(String text) {
        return call("timelinesai:messages/send", text, TimelinesAiConstants.CHAT_ID, chat());
    }

    private List<String> sentTexts() {
        return simulator().admin().sent().stream().map(s -> s.path("text").asText()).toList();
    }

    @Test
    void rateLimitWithRetryAfterIsWaitedAndRetried() {
        simulator().admin().addFault(FaultSpec.rateLimit(1).method("GET").pathPrefix("/whatsapp_accounts").times(2));
        ok("timelinesai:accounts/list", null);
        assertThat(stats().getRateLimitedCount()).isEqualTo(2);
        assertThat(stats().getRetryAfterWaitCount()).isEqualTo(2);
        assertThat(stats().getRetryCount()).isEqualTo(2);
        assertThat(stats().getRequestCount()).isEqualTo(3);
    }

    @Test
    void rateLimitWithoutRetryAfterBacksOff() {
        simulator().admin().addFault(FaultSpec.rateLimit(null).method("GET").pathPrefix("/whatsapp_accounts").times(2));
        ok("timelinesai:accounts/list", null);
        assertThat(stats().getBackoffWaitCount()).isEqualTo(2);
        assertThat(stats().getRetryAfterWaitCount()).isZero();
    }

    @Test
    void sendAfter429IsRetriedAndAcceptedOnce() {
        simulator().admin().addFault(FaultSpec.rateLimit(0).method("POST").pathRegex(SEND_PATH).times(2));
        ok("timelinesai:messages/send", "after a 429 storm", TimelinesAiConstants.CHAT_ID, chat());
        assertThat(sentTexts()).containsExactly("after a 429 storm");
        assertThat(stats().getRetryCount()).isEqualTo(2);
    }

    @Test
    void rateLimitBeyondTheRetriesRaisesTheTypedException() {
        simulator().admin().addFault(FaultSpec.rateLimit(0).method("POST").pathRegex(SEND_PATH).times(10));
        Exchange exchange = send("never accepted");
        assertThat(exchange.getException()).isInstanceOf(TimelinesAiRateLimitException.class);
        assertThat(simulator().admin().faults().get(0).fired()).isEqualTo(4);
        assertThat(stats().getRetriesExhaustedCount()).isEqualTo(1);
        assertThat(sentTexts()).isEmpty();
    }

    @Test
    void retryAfterLongerThanTheLongestWaitIsNotWaitedFor() {
        context.getComponent("timelinesai", TimelinesAiComponent.class).setRetryMaxDelay(500);
        simulator().admin().addFault(FaultSpec.rateLimit(60).method("GET").pathPrefix("/whatsapp_accounts").times(1));
        Exchange exchange = call("timelinesai:accounts/list", null);
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiRateLimitException.class,
                e -> assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(60)));
        assertThat(stats().getRetryCount()).isZero();
    }

    @Test
    void sendAfter5xxIsAmbiguousAndNotResent() {
        simulator().admin().addFault(FaultSpec.status(500).method("POST").pathRegex(SEND_PATH).times(1));
        long chat = chat();
        Exchange exchange = send("maybe sent");
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiAmbiguousSendException.class, e -> {
            assertThat(e.getTarget()).isEqualTo("chat " + chat);
            assertThat(e.matchesText("maybe sent")).isTrue();
            assertThat(e.getTextHash()).isEqualTo(TimelinesAiAmbiguousSendException.hash("maybe sent"));
            assertThat(e.getAttemptedAt()).isNotNull();
            assertThat(e.getHttpStatus()).isEqualTo(500);
            assertThat(e.getCause()).isInstanceOf(TimelinesAiServerException.class);
        });
        assertThat(simulator().admin().faults().get(0).fired()).isEqualTo(1);
        assertThat(stats().getAmbiguousSendCount()).isEqualTo(1);
        assertThat(stats().getRetryCount()).isZero();
    }

    @Test
    void readAfter5xxIsRetried() {
        simulator().admin().addFault(FaultSpec.status(503).method("GET").pathPrefix("/whatsapp_accounts").times(2));
        ok("timelinesai:accounts/list", null);
        assertThat(stats().getServerErrorRetryCount()).isEqualTo(2);
    }

    @Test
    void sendOnADroppedConnectionIsAmbiguous() {
        simulator().admin().addFault(FaultSpec.drop().method("POST").pathRegex(SEND_PATH).times(1));
        Exchange exchange = send("connection lost");
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiAmbiguousSendException.class,
                e -> assertThat(e.getCause()).isInstanceOf(TimelinesAiCommunicationException.class));
        assertThat(sentTexts()).isEmpty();
    }

    @Test
    void readOnADroppedConnectionIsRetried() {
        simulator().admin().addFault(FaultSpec.drop().method("GET").pathPrefix("/whatsapp_accounts").times(1));
        ok("timelinesai:accounts/list", null);
        assertThat(stats().getConnectionErrorRetryCount()).isEqualTo(1);
    }

    @Test
    void sendTimingOutIsAmbiguousAndMayStillBeAccepted() {
        simulator().admin().addFault(FaultSpec.latency(Duration.ofMillis(1500)).method("POST").pathRegex(SEND_PATH)
                .times(1));
        Exchange exchange = send("slow server");
        assertThat(exchange.getException()).isInstanceOf(TimelinesAiAmbiguousSendException.class);
        await().atMost(10, SECONDS).until(() -> sentTexts().contains("slow server"));
        assertThat(sentTexts()).containsOnlyOnce("slow server");
    }

    @Test
    void sendToAClosedPortIsRetriedAndNeverAmbiguous() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Exchange exchange = call("timelinesai:messages/send?baseUrl=http://127.0.0.1:" + port + "&chatId=1", "x");
        assertThat(exchange.getException()).isExactlyInstanceOf(TimelinesAiCommunicationException.class);
        assertThat(stats().getConnectionErrorRetryCount()).isEqualTo(3);
        assertThat(stats().getAmbiguousSendCount()).isZero();
    }

    @Test
    void forbiddenIsRetriedOnlyWhenAskedFor() {
        simulator().admin().addFault(FaultSpec.status(403).method("POST").pathRegex(SEND_PATH).times(1));
        assertThat(send("first").getException()).isInstanceOf(TimelinesAiAccessDeniedException.class);
        context.getComponent("timelinesai", TimelinesAiComponent.class).setRetryOn403(true);
        simulator().admin().addFault(FaultSpec.status(403).method("POST").pathRegex(SEND_PATH).times(1));
        // the policy is read when an endpoint starts: a new endpoint picks the setting up
        ok("timelinesai:messages/send?chatId=" + chat(), "second");
        assertThat(sentTexts()).containsExactly("second");
        assertThat(stats().getForbiddenRetryCount()).isEqualTo(1);
    }

    @Test
    void quotaExceededIsNeverRetried() {
        simulator().admin().addFault(FaultSpec.status(429, "quota_exceeded", "API calls quota exceeded").method("GET")
                .pathPrefix("/whatsapp_accounts").times(5));
        assertThat(call("timelinesai:accounts/list", null).getException())
                .isInstanceOf(TimelinesAiQuotaExceededException.class);
        assertThat(stats().getRetryCount()).isZero();
    }
}
