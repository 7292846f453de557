package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The account gate of the paced-send template with its in-JVM pacer: an account's next send starts no sooner than
 * the interval after the previous one was answered, however long that one took, while accounts send in parallel and
 * keep their order; on stop, exchanges still waiting fail at once saying nothing was sent.
 */
class TimelinesAiAccountGateTest {
    private static final long INTERVAL_MILLIS = 150;
    /** Per send reaching the target: account, text, start and end (nanoTime). */
    private final List<Object[]> sends = Collections.synchronizedList(new ArrayList<>());
    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    private ProducerTemplate start(String source, long intervalMillis) throws Exception {
        context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(40);
        context.addRoutes(new TimelinesAiPacedSendRouteTemplate());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // a send whose answer takes a while: the first of each account 300 ms, the others 20 ms
                from("direct:slowSend").routeId("slowSend").process(exchange -> {
                    long start = System.nanoTime();
                    String text = exchange.getMessage().getBody(String.class);
                    Thread.sleep(text.endsWith(" 1") ? 300 : 20);
                    sends.add(new Object[] { exchange.getMessage().getHeader(TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE),
                            text, start, System.nanoTime() });
                });
            }
        });
        context.start();
        TemplatedRouteBuilder.builder(context, TimelinesAiPacedSendRouteTemplate.TEMPLATE_ID)
                .routeId("paced")
                .parameter(TimelinesAiPacedSendRouteTemplate.SOURCE, source)
                .parameter(TimelinesAiPacedSendRouteTemplate.TARGET, "direct:slowSend")
                .parameter(TimelinesAiPacedSendRouteTemplate.INTERVAL, Long.toString(intervalMillis))
                .add();
        return context.createProducerTemplate();
    }

    @Test
    void anAccountsNextSendStartsTheIntervalAfterThePreviousWasAnswered() throws Exception {
        ProducerTemplate producer = start("seda:campaign", INTERVAL_MILLIS);
        for (String account : List.of("A", "B")) {
            for (int m = 1; m <= 4; m++) {
                producer.sendBodyAndHeader("seda:campaign", account + " " + m,
                        TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, account);
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> sends.size() == 8);

        long interval = TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS);
        for (String account : List.of("A", "B")) {
            List<Object[]> ofAccount = sends.stream().filter(s -> s[0].equals(account)).toList();
            assertThat(ofAccount.stream().map(s -> (String) s[1]))
                    .as("account %s keeps its order", account)
                    .containsExactly(account + " 1", account + " 2", account + " 3", account + " 4");
            for (int i = 1; i < ofAccount.size(); i++) {
                long sinceAnswer = (long) ofAccount.get(i)[2] - (long) ofAccount.get(i - 1)[3];
                assertThat(sinceAnswer).as("%s started %d ns after %s was answered", ofAccount.get(i)[1], sinceAnswer,
                        ofAccount.get(i - 1)[1]).isGreaterThanOrEqualTo(interval);
            }
        }
        Object[] firstOfA = sends.stream().filter(s -> s[1].equals("A 1")).findFirst().orElseThrow();
        Object[] firstOfB = sends.stream().filter(s -> s[1].equals("B 1")).findFirst().orElseThrow();
        assertThat((long) firstOfB[2]).as("B does not wait for A: its first send starts before A's first ends")
                .isLessThan((long) firstOfA[3]);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // the shutdown strategy would wait 40 s for waiting exchanges
    void stoppingTheRouteFailsTheWaitingExchangesAtOnceWithNothingSent() throws Exception {
        ProducerTemplate producer = start("direct:campaign", 60_000);
        List<CompletableFuture<Exchange>> outcomes = new ArrayList<>();
        for (int m = 1; m <= 3; m++) {
            String text = "A " + m;
            outcomes.add(producer.asyncSend("direct:campaign", exchange -> {
                exchange.getMessage().setBody(text);
                exchange.getMessage().setHeader(TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, "A");
            }));
            if (m == 1) {
                await().atMost(Duration.ofSeconds(10)).until(() -> outcomes.get(0).isDone());
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> context.getInflightRepository().size() == 2);
        context.getRouteController().stopRoute("paced");

        assertThat(outcomes.get(0).get(5, TimeUnit.SECONDS).getException()).as("the first was sent").isNull();
        for (CompletableFuture<Exchange> outcome : outcomes.subList(1, 3)) {
            Exchange failed = outcome.get(5, TimeUnit.SECONDS);
            assertThat(failed.getException()).isInstanceOf(TimelinesAiException.class)
                    .hasMessageContaining("nothing was sent");
        }
        assertThat(sends).hasSize(1);
    }

    @Test
    void theLocalPacerGivesOneTurnAtATimeAndTheNextAnIntervalAfterItEnded() {
        TimelinesAiLocalAccountPacer pacer = new TimelinesAiLocalAccountPacer(Duration.ofSeconds(60));
        assertThat(pacer.tryTakeTurn("A")).as("a fresh account's turn").isZero();
        assertThat(pacer.tryTakeTurn("A")).as("while A's send runs").isPositive();
        assertThat(pacer.tryTakeTurn("B")).as("another account").isZero();
        assertThat(pacer.tryTakeTurn(null)).as("no account: one shared pace").isZero();
        pacer.endTurn("A");
        long wait = pacer.tryTakeTurn("A");
        assertThat(wait).as("A's next turn, an interval after its send ended")
                .isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60).toNanos());
        assertThat(pacer.tryTakeTurn("A")).as("still not A's turn, and still not given").isPositive();
    }

    @Test
    void badParametersAreRefusedWithTheirNames() {
        assertThatThrownBy(() -> new TimelinesAiLocalAccountPacer(Duration.ZERO)).hasMessageContaining("interval");
        assertThatThrownBy(() -> TimelinesAiAccountGate.interval("soon"))
                .hasMessageContaining("Parameter interval").hasMessageContaining("'soon'");
        assertThatThrownBy(() -> new TimelinesAiAccountGate("h", 0, ""))
                .hasMessageContaining("Parameter interval");
        assertThat(new TimelinesAiAccountGate("h", 0, "myPacer")).as("a named pacer brings its interval")
                .hasToString("TimelinesAiAccountGate[h, myPacer]");
    }
}
