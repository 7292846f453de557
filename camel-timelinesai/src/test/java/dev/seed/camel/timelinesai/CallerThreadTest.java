package dev.seed.camel.timelinesai;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.seed.camel.timelinesai.limit.LocalRequestLimiter;
import dev.seed.camel.timelinesai.model.WorkspaceInfo;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A call that has to wait for nothing runs on the caller's thread and completes synchronously; one that finds no
 * limiter permit free is handed to the producer's pool before anything is sent, and still takes exactly one
 * permit. Each callback is completed once.
 */
class CallerThreadTest extends TimelinesAiTestSupport {
    /** One permit a second, no burst. */
    private final LocalRequestLimiter limiter = new LocalRequestLimiter(1, 0);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("timelinesai", TimelinesAiComponent.class).setRateLimiter(limiter);
        return context;
    }

    @Test
    void aFreePermitRunsOnTheCallersThreadAndAWaitIsHandedOff() throws Exception {
        AsyncProducer producer = context.getEndpoint("timelinesai:workspace/get").createAsyncProducer();
        producer.start();
        try {
            Outcome first = new Outcome();
            Outcome second = new Outcome();
            Exchange one = new DefaultExchange(context);
            Exchange two = new DefaultExchange(context);

            boolean firstSync = producer.process(one, first);
            // whatever time the first call took, the next permit is a second away now
            boolean testTookOne = limiter.tryAcquire();
            boolean secondSync = producer.process(two, second);
            await().atMost(10, SECONDS).until(() -> second.calls.get() == 1);

            assertThat(firstSync).isTrue();
            assertThat(first.doneSync).containsExactly(true);
            assertThat(first.threads).containsExactly(Thread.currentThread().getName());
            assertThat(one.getException()).isNull();
            assertThat(one.getMessage().getBody()).isInstanceOf(WorkspaceInfo.class);

            assertThat(secondSync).isFalse();
            assertThat(second.doneSync).containsExactly(false);
            assertThat(second.threads).singleElement().asString().contains("TimelinesAiProducer");
            assertThat(two.getException()).isNull();
            assertThat(two.getMessage().getBody()).isInstanceOf(WorkspaceInfo.class);

            assertThat(limiter.getAcquiredCount()).as("one permit per request, the handed-off one included, and the "
                    + "test's own").isEqualTo(testTookOne ? 3 : 2);
            assertThat(first.calls.get() + second.calls.get()).isEqualTo(2);
        } finally {
            producer.stop();
        }
    }

    /** Records how (and how often) a callback was completed. */
    private static final class Outcome implements AsyncCallback {
        final AtomicInteger calls = new AtomicInteger();
        final List<Boolean> doneSync = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        public void done(boolean sync) {
            doneSync.add(sync);
            threads.add(Thread.currentThread().getName());
            calls.incrementAndGet();
        }
    }
}
