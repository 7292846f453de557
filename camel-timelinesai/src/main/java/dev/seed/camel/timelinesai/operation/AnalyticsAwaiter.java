package dev.seed.camel.timelinesai.operation;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.seed.camel.timelinesai.TimelinesAiAnalyticsFailedException;
import dev.seed.camel.timelinesai.TimelinesAiAnalyticsTimeoutException;
import dev.seed.camel.timelinesai.TimelinesAiMessageOptions;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.api.WabaAccountsApi;
import dev.seed.camel.timelinesai.model.waba.WabaAnalytics;
import org.apache.camel.AsyncCallback;

/**
 * {@code wabaAccounts/awaitAnalytics}: requests a WABA account's analytics (or takes the handle of an earlier
 * request), then polls the handle on the producer's scheduler until it is ready, failed, or awaitTimeout passes.
 */
record AnalyticsAwaiter(TimelinesAiClient client, ScheduledExecutorService scheduler) {

    /**
     * Starts waiting; from then on the callback is completed exactly once. Bad inputs (thrown before anything is
     * sent) and a failed analytics request are thrown instead. awaitTimeout counts from here, the request included.
     */
    void start(Params p, AsyncCallback callback) {
        long started = System.nanoTime();
        WabaAccountsApi accounts = client.wabaAccounts();
        long accountId = WabaAccountOperations.accountId(p);
        boolean known = p.config().getWabaOptions().getAnalyticsHandle() != null || p.body() instanceof WabaAnalytics;
        // a new request's answer is the first state checked; a known handle is read first
        AtomicReference<WabaAnalytics> answer = new AtomicReference<>(known ? null
                : accounts.requestAnalytics(accountId, WabaAccountOperations.analyticsRequest(p)));
        String handle = known ? WabaAccountOperations.handle(p) : answer.get().handle();
        AtomicReference<String> lastState = new AtomicReference<>();
        TimelinesAiMessageOptions o = p.config().getMessageOptions();
        long left = o.getAwaitTimeout() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        new ScheduledPoll(scheduler, p.exchange(), callback).run(() -> {
            WabaAnalytics state = answer.getAndSet(null);
            if (state == null) {
                state = accounts.analytics(accountId, handle);
            }
            lastState.set(state.state());
            if (state.isFailed()) {
                WabaAnalytics.Error error = state.error();
                throw new TimelinesAiAnalyticsFailedException(handle, error == null ? null : error.code(),
                        error == null ? null : error.message());
            }
            if (state.isReady()) {
                p.setBody(state);
                return true;
            }
            return false;
        }, o.getPollInterval(), left,
                () -> new TimelinesAiAnalyticsTimeoutException(handle, lastState.get(), o.getAwaitTimeout()));
    }
}
