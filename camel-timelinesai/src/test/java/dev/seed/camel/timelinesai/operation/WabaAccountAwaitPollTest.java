package dev.seed.camel.timelinesai.operation;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The poll loop under wabaAccounts/awaitAnalytics: settles, fails, times out and stops, completing at most once. */
class WabaAccountAwaitPollTest {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final DefaultCamelContext context = new DefaultCamelContext();
    private final Exchange exchange = new DefaultExchange(context);
    private final AtomicInteger completions = new AtomicInteger();

    @AfterEach
    void stop() throws Exception {
        scheduler.shutdownNow();
        context.close();
    }

    private ScheduledPoll poll() {
        return new ScheduledPoll(scheduler, exchange, doneSync -> completions.incrementAndGet());
    }

    @Test
    void checksUntilSettled() {
        AtomicInteger checks = new AtomicInteger();
        poll().run(() -> {
            if (checks.incrementAndGet() < 3) {
                return false;
            }
            exchange.getMessage().setBody("ready");
            return true;
        }, 10, 60_000, () -> new IllegalStateException("timeout"));
        await().atMost(10, SECONDS).until(() -> completions.get() > 0);
        assertThat(checks).hasValue(3);
        assertThat(exchange.getMessage().getBody()).isEqualTo("ready");
        assertThat(exchange.getException()).isNull();
        assertThat(completions).hasValue(1);
    }

    @Test
    void aFailingCheckEndsTheWait() {
        poll().run(() -> {
            throw new IllegalArgumentException("bad handle");
        }, 10, 60_000, () -> new IllegalStateException("timeout"));
        assertThat(completions).hasValue(1);
        assertThat(exchange.getException()).hasMessage("bad handle");
    }

    @Test
    void neverSettlingTimesOut() {
        AtomicInteger checks = new AtomicInteger();
        poll().run(() -> checks.incrementAndGet() < 0, 10, 100, () -> new IllegalStateException("timeout"));
        await().atMost(10, SECONDS).until(() -> completions.get() > 0);
        assertThat(exchange.getException()).hasMessage("timeout");
        assertThat(checks.get()).isGreaterThan(1);
        assertThat(completions).hasValue(1);
    }

    @Test
    void aShutDownSchedulerLeavesTheCompletionToTheProducer() {
        scheduler.shutdown();
        poll().run(() -> false, 10, 60_000, () -> new IllegalStateException("timeout"));
        assertThat(completions).hasValue(0);
        assertThat(exchange.getException()).isNull();
    }
}
