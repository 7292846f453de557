package dev.seed.camel.timelinesai;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two components (as timelinesai and timelinesai-partner would be) calling one host share one limiter: together
 * they never trip the simulator's real limit (30/s + 10). Without the limiter the same load does.
 */
class SharedLimiterTest extends TimelinesAiTestSupport {
    private static final int CALLS_PER_COMPONENT = 60;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TimelinesAiComponent second = new TimelinesAiComponent();
        second.setBaseUrl(SIMULATOR.baseUrl());
        second.setToken(SIMULATOR.token());
        context.addComponent("timelinesai2", second);
        return context;
    }

    @Test
    void twoComponentsTogetherStayUnderTheLimit() {
        simulator().admin().setRateLimit(true, 30, 10);
        List<Exchange> results = blast("timelinesai", "timelinesai2");
        assertThat(results).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(simulator().admin().stats().rateLimited()).as("429s from the rate limit").isZero();
        TimelinesAiComponent first = context.getComponent("timelinesai", TimelinesAiComponent.class);
        TimelinesAiComponent second = context.getComponent("timelinesai2", TimelinesAiComponent.class);
        assertThat(first.limiterFor(SIMULATOR.baseUrl())).isSameAs(second.limiterFor(SIMULATOR.baseUrl()));
        assertThat(first.getStatistics().getLimiterWaitCount() + second.getStatistics().getLimiterWaitCount())
                .isPositive();
        assertThat(first.getStatistics().getRateLimitedCount() + second.getStatistics().getRateLimitedCount()).isZero();
    }

    @Test
    void withoutTheLimiterTheSameLoadIsRateLimited() {
        // a server limit well below what a loaded test machine can still push through without the limiter
        simulator().admin().setRateLimit(true, 5, 2);
        context.getComponent("timelinesai", TimelinesAiComponent.class).setRateLimitEnabled(false);
        context.getComponent("timelinesai2", TimelinesAiComponent.class).setRateLimitEnabled(false);
        blast("timelinesai", "timelinesai2");
        assertThat(simulator().admin().stats().rateLimited()).isPositive();
    }

    /** All calls at once from 40 callers: the producers run them on the callers' threads when nothing waits. */
    private List<Exchange> blast(String... schemes) {
        ExecutorService callers = Executors.newFixedThreadPool(40);
        try {
            List<CompletableFuture<Exchange>> futures = new ArrayList<>();
            for (int i = 0; i < CALLS_PER_COMPONENT; i++) {
                for (String scheme : schemes) {
                    futures.add(CompletableFuture.supplyAsync(() -> template.send(scheme + ":accounts/list", e -> { }),
                            callers));
                }
            }
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            callers.shutdown();
        }
    }
}
