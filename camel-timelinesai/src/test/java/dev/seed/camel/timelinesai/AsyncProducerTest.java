package dev.seed.camel.timelinesai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.seed.camel.timelinesai.model.TemplateInfo;
import dev.seed.camel.timelinesai.model.TemplateRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The async contract: many concurrent exchanges each get their own result, computed on the producer's pool. */
class AsyncProducerTest extends TimelinesAiTestSupport {
    private final Map<String, String> threads = new ConcurrentHashMap<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create")
                        .process(e -> e.getMessage().setHeader("callerThread", Thread.currentThread().getName()))
                        .to("timelinesai:templates/create?workerPoolSize=4")
                        .process(e -> threads.put(e.getMessage().getBody(TemplateInfo.class).name(),
                                e.getMessage().getHeader("callerThread") + " -> " + Thread.currentThread().getName()));
            }
        };
    }

    @Test
    void concurrentExchangesGetTheirOwnResults() throws Exception {
        List<CompletableFuture<Exchange>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "Template " + i;
            futures.add(template.asyncSend("direct:create", e -> e.getMessage().setBody(
                    new TemplateRequest(name, "Text of " + name, "public", null))));
        }
        for (int i = 0; i < futures.size(); i++) {
            Exchange exchange = futures.get(i).get(30, TimeUnit.SECONDS);
            assertThat(exchange.getException()).isNull();
            TemplateInfo created = exchange.getMessage().getBody(TemplateInfo.class);
            assertThat(created.name()).isEqualTo("Template " + i);
            assertThat(created.text()).isEqualTo("Text of Template " + i);
        }
        assertThat(futures.stream().map(f -> f.join().getMessage().getBody(TemplateInfo.class).id()).distinct())
                .hasSize(40);
        // nothing waits here: the route goes on on the caller's thread, or on a worker after a wait for a permit
        assertThat(threads.values()).hasSize(40).allSatisfy(t -> {
            String[] callerThenNext = t.split(" -> ");
            assertThat(callerThenNext[1]).satisfiesAnyOf(next -> assertThat(next).isEqualTo(callerThenNext[0]),
                    next -> assertThat(next).contains("TimelinesAiProducer"));
        });
        assertNoContractViolations();
    }

    @Test
    void failuresAreSetOnTheExchangeNotThrown() throws Exception {
        List<CompletableFuture<Object>> futures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            futures.add(template.asyncRequestBody("timelinesai:templates/get", 990_000L + i));
        }
        for (CompletableFuture<Object> f : futures) {
            assertThat(f).failsWithin(30, TimeUnit.SECONDS).withThrowableThat()
                    .havingRootCause().isInstanceOf(TimelinesAiNotFoundException.class);
        }
    }
}
