package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.SynchronizationAdapter;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stopping the context cancels the next poll of wabaAccounts/awaitAnalytics and completes its exchange once. */
class WabaAccountAwaitStopTest extends TimelinesAiTestSupport {
    private final Map<String, Object> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger completions = new AtomicInteger();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:await")
                    .process(e -> e.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                        @Override
                        public void onDone(Exchange done) {
                            Object failure = done.getProperty(TimelinesAiConstants.FAILURE_PROPERTY);
                            Object outcome = failure != null ? failure : done.getException() != null
                                    ? done.getException() : done.getMessage().getBody();
                            outcomes.put("await", outcome);
                            completions.incrementAndGet();
                        }
                    }))
                    .to("timelinesai:wabaAccounts/awaitAnalytics?wabaAccountId=4021&pollInterval=60000"
                        + "&awaitTimeout=120000&analyticsStart="
                        + Instant.now().minus(Duration.ofDays(1)).getEpochSecond());
            }
        };
    }

    @Test
    void aStopEndsThePollInsteadOfWaitingForIt() {
        context.getShutdownStrategy().setTimeout(1);
        simulator().admin().waba().setAnalyticsDelay(Duration.ofMinutes(10));
        template.sendBody("seda:await", null);
        // the request went out and its answer was pending: the next read is a minute away
        await().atMost(10, SECONDS).until(() -> simulator().admin().stats().requests() >= 1);
        context.stop();
        await().atMost(20, SECONDS).until(() -> outcomes.containsKey("await"));
        assertThat(outcomes.get("await")).isInstanceOf(TimelinesAiException.class)
                .isNotInstanceOf(TimelinesAiAmbiguousSendException.class);
        assertThat(((Throwable) outcomes.get("await")).getMessage()).contains("the wait was given up");
        assertThat(completions).hasValue(1);
    }
}
