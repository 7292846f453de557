package dev.seed.camel.timelinesai.faults;

import java.time.Duration;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.TimelinesAiAmbiguousSendException;
import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.limit.TimelinesAiStatistics;
import dev.seed.camel.timelinesai.model.MessageInfo;
import dev.seed.camel.timelinesai.model.MessagePage;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault suite: a few thousand sends through one route, phase by phase under 5xx bursts, 429 storms with and
 * without Retry-After, latency above the response timeout, dropped connections (before and after the server
 * acted) and a token revoked mid-run, with
 * the simulator's real rate limit on and a reader polling alongside. Every message must be reported once
 * (accepted, failed or ambiguous); the server (the simulator's sent list, matched by a unique marker) must hold
 * every accepted message once, no failed one, and at most one of each ambiguous one; the reconciliation recipe
 * must agree with the server; after resending what surely was not accepted, every message is there exactly once.
 * The limiter must keep the simulator's own rate limit from ever answering 429.
 */
class SendFaultSuiteTest extends CamelTestSupport {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.withOptions(
            SimulatorOptions.forTests().rateLimitEnabled(true).rateLimit(30, 10).checkContract(false).build());

    private static final int MESSAGES = Integer.getInteger("faultSuite.messages", 2000);
    private static final String SEND_PATH = "/chats/\\d+/messages";
    private static final String MARKER = "CamelTestMarker";
    private static final Pattern MARKER_IN_TEXT = Pattern.compile("#(m\\d{5})");

    private final SendLedger ledger = new SendLedger();
    private final AtomicLong readsOk = new AtomicLong();
    private final Map<String, AtomicLong> readsFailed = new java.util.concurrent.ConcurrentHashMap<>();
    private List<Long> chats;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setBaseUrl(SIMULATOR.baseUrl());
        component.setToken(SIMULATOR.token());
        component.setResponseTimeout(1000);
        component.setRetryInitialDelay(100);
        component.setMaxRetries(4);
        context.addComponent("timelinesai", component);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        chats = SIMULATOR.simulator().state().chats().stream().filter(c -> !c.isGroup()).map(Chat::id).toList();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:outbox?concurrentConsumers=8&size=" + (MESSAGES + 100)).routeId("outbox")
                    .onException(TimelinesAiAmbiguousSendException.class).handled(true)
                        .process(e -> report(e, SendLedger.Kind.AMBIGUOUS)).end()
                    .onException(Exception.class).handled(true)
                        .process(e -> report(e, SendLedger.Kind.FAILED)).end()
                    .to("timelinesai:messages/send")
                    .process(e -> report(e, SendLedger.Kind.ACCEPTED));
                from("timer:reader?period=500").routeId("reader").autoStartup(false)
                    .onException(Exception.class).handled(true)
                        .process(e -> readsFailed.computeIfAbsent(e.getProperty(Exchange.EXCEPTION_CAUGHT,
                                Exception.class).getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet())
                    .end()
                    .setHeader(TimelinesAiConstants.CHAT_ID, constant(chats.get(0)))
                    .to("timelinesai:chats/messages")
                    .process(e -> readsOk.incrementAndGet());
            }
        };
    }

    private void report(Exchange e, SendLedger.Kind kind) {
        Throwable error = e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ledger.report(e.getMessage().getHeader(MARKER, String.class), new SendLedger.Outcome(kind,
                kind == SendLedger.Kind.ACCEPTED ? e.getMessage().getBody(String.class) : null,
                error == null ? null : error.getClass().getSimpleName(),
                e.getMessage().getHeader(TimelinesAiConstants.CHAT_ID, Long.class)));
    }

    @Test
    void everyMessageIsAcceptedOnceOrReported() throws Exception {
        SimulatorAdminClient admin = SIMULATOR.simulator().admin();
        context.getRouteController().startRoute("reader");
        int perPhase = MESSAGES / 6;
        AtomicInteger next = new AtomicInteger();
        phase("5xx bursts", next, perPhase, () -> admin.addFault(FaultSpec.status(502).pathRegex(SEND_PATH)
                .probability(0.05)));
        phase("429 storm with Retry-After", next, perPhase, () -> admin.addFault(FaultSpec.rateLimit(1)
                .pathRegex(SEND_PATH).times(30)));
        phase("429 storm without Retry-After", next, perPhase, () -> admin.addFault(FaultSpec.rateLimit(null)
                .pathRegex(SEND_PATH).times(30)));
        phase("latency above the timeout", next, perPhase, () -> admin.addFault(
                FaultSpec.latency(Duration.ofMillis(1500)).pathRegex(SEND_PATH).probability(0.02)));
        phase("dropped connections", next, perPhase, () -> {
            admin.addFault(FaultSpec.drop().pathRegex(SEND_PATH).probability(0.03));
            admin.addFault(FaultSpec.drop().afterRequest().pathRegex(SEND_PATH).probability(0.03));
        });
        tokenRevokedMidRun(next, MESSAGES - next.get());
        context.getRouteController().stopRoute("reader");
        awaitServerQuiet(admin);

        Map<String, Integer> onServer = serverCounts(admin);
        Map<String, SendLedger.Outcome> outcomes = ledger.outcomes();
        int reconciledSent = 0;
        Set<String> toResend = new HashSet<>();
        Map<Long, Set<String>> chatTexts = new HashMap<>();
        for (Map.Entry<String, SendLedger.Outcome> o : outcomes.entrySet()) {
            String marker = o.getKey();
            int count = onServer.getOrDefault(marker, 0);
            switch (o.getValue().kind()) {
                case ACCEPTED -> assertThat(count).as("accepted %s on the server", marker).isEqualTo(1);
                case FAILED -> {
                    assertThat(count).as("failed %s on the server", marker).isZero();
                    toResend.add(marker);
                }
                case AMBIGUOUS -> {
                    assertThat(count).as("ambiguous %s on the server", marker).isLessThanOrEqualTo(1);
                    boolean found = reconcile(o.getValue().chatId(), text(marker), chatTexts);
                    assertThat(found).as("reconciliation of %s agrees with the server", marker).isEqualTo(count == 1);
                    if (found) {
                        reconciledSent++;
                    } else {
                        toResend.add(marker);
                    }
                }
            }
        }
        for (String marker : toResend) {
            Exchange resent = template.request("timelinesai:messages/send", e -> {
                e.getMessage().setBody(text(marker));
                e.getMessage().setHeader(TimelinesAiConstants.CHAT_ID, outcomes.get(marker).chatId());
            });
            assertThat(resent.getException()).as("resend of %s", marker).isNull();
        }
        Map<String, Integer> finalCounts = serverCounts(admin);
        long duplicates = finalCounts.values().stream().filter(c -> c > 1).count();
        TimelinesAiStatistics stats = context.getComponent("timelinesai", TimelinesAiComponent.class).getStatistics();
        TrafficAdmin.Stats server = admin.stats();

        System.out.printf("%nFault suite (%d messages, simulator rate limit 30/s + 10 on)%n", MESSAGES);
        System.out.printf("  %-34s %6d%n", "sent to the route", MESSAGES);
        System.out.printf("  %-34s %6d%n", "reported accepted", ledger.count(SendLedger.Kind.ACCEPTED));
        System.out.printf("  %-34s %6d%n", "reported failed", ledger.count(SendLedger.Kind.FAILED));
        outcomes.values().stream().filter(o -> o.kind() == SendLedger.Kind.FAILED)
                .collect(java.util.stream.Collectors.groupingBy(SendLedger.Outcome::error,
                        java.util.stream.Collectors.counting()))
                .forEach((error, n) -> System.out.printf("  %-34s %6d%n", "  " + error, n));
        System.out.printf("  %-34s %6d%n", "reported ambiguous", ledger.count(SendLedger.Kind.AMBIGUOUS));
        System.out.printf("  %-34s %6d%n", "  ambiguous, found on reconcile", reconciledSent);
        System.out.printf("  %-34s %6d%n", "resent (failed + not found)", toResend.size());
        System.out.printf("  %-34s %6d%n", "retried HTTP attempts", stats.getRetryCount());
        System.out.printf("  %-34s %6d%n", "  waited for Retry-After", stats.getRetryAfterWaitCount());
        System.out.printf("  %-34s %6d%n", "  waited a backoff", stats.getBackoffWaitCount());
        System.out.printf("  %-34s %6d%n", "429 answers received", stats.getRateLimitedCount());
        System.out.printf("  %-34s %6d%n", "limiter waits", stats.getLimiterWaitCount());
        System.out.printf("  %-34s %6d%n", "reads ok", readsOk.get());
        readsFailed.forEach((error, n) -> System.out.printf("  %-34s %6d%n", "  read failed: " + error, n.get()));
        System.out.printf("  %-34s %6d%n", "server: 429 injected (storms)", server.tooManyRequests());
        System.out.printf("  %-34s %6d%n", "server: 429 from its rate limit", server.rateLimited());
        System.out.printf("  %-34s %6d%n", "duplicates on the server", duplicates);
        System.out.printf("  %-34s %6d%n", "messages on the server at the end", finalCounts.size());
        System.out.printf("  %-34s %6d%n%n", "lost (never reported)", MESSAGES - ledger.size());

        assertThat(ledger.size()).as("every message reported").isEqualTo(MESSAGES);
        assertThat(ledger.doubleReports()).as("no message reported twice").isZero();
        assertThat(duplicates).as("no duplicate on the server").isZero();
        assertThat(finalCounts).as("after resending, every message exactly once").hasSize(MESSAGES)
                .allSatisfy((marker, count) -> assertThat(count).isEqualTo(1));
        assertThat(server.rateLimited()).as("429s of the simulator's own rate limit").isZero();
        assertThat(server.tooManyRequests()).as("the storms happened").isPositive();
        assertThat(ledger.count(SendLedger.Kind.AMBIGUOUS)).as("faults made some sends ambiguous").isPositive();
        assertThat(ledger.count(SendLedger.Kind.FAILED)).as("the revoked token failed some sends").isPositive();
        assertThat(stats.getAmbiguousSendCount()).isEqualTo(ledger.count(SendLedger.Kind.AMBIGUOUS));
        assertThat(stats.getRetryCount()).isPositive();
        assertThat(readsOk.get()).isPositive();
    }

    private void phase(String name, AtomicInteger next, int count, Runnable faults) {
        faults.run();
        enqueue(next, count);
        await().atMost(120, SECONDS).until(() -> ledger.size() == next.get());
        SIMULATOR.simulator().admin().clearFaults();
    }

    private void tokenRevokedMidRun(AtomicInteger next, int count) {
        int start = next.get();
        enqueue(next, count);
        await().atMost(120, SECONDS).until(() -> ledger.size() >= start + count / 4);
        SIMULATOR.simulator().state().revokeToken(SIMULATOR.token());
        await().atMost(120, SECONDS).until(() -> ledger.size() >= start + count * 3 / 4);
        SIMULATOR.simulator().state().addToken(SIMULATOR.token());
        await().atMost(120, SECONDS).until(() -> ledger.size() == next.get());
    }

    private void enqueue(AtomicInteger next, int count) {
        for (int i = 0; i < count; i++) {
            int n = next.getAndIncrement();
            String marker = String.format("m%05d", n);
            template.sendBodyAndHeaders("seda:outbox", text(marker), Map.of(MARKER, marker,
                    TimelinesAiConstants.CHAT_ID, chats.get(n % chats.size())));
        }
    }

    /** Waits until the simulator accepted nothing new for a while: late requests (past the timeout) have landed. */
    private static void awaitServerQuiet(SimulatorAdminClient admin) {
        AtomicInteger last = new AtomicInteger(-1);
        await().atMost(60, SECONDS).pollInterval(Duration.ofSeconds(2))
                .until(() -> last.getAndSet(admin.sent().size()) == admin.sent().size());
    }

    /** The recipe: look for the text among the chat's own recent messages. */
    private boolean reconcile(long chatId, String text, Map<Long, Set<String>> cache) {
        Set<String> texts = cache.computeIfAbsent(chatId, id -> {
            MessagePage page = template.requestBodyAndHeader("timelinesai:chats/messages?fromMe=true&followPages=true"
                    + "&maxPages=5", null, TimelinesAiConstants.CHAT_ID, id, MessagePage.class);
            Set<String> found = new HashSet<>();
            for (MessageInfo m : page) {
                found.add(m.text());
            }
            return found;
        });
        return texts.contains(text);
    }

    private static Map<String, Integer> serverCounts(SimulatorAdminClient admin) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode s : admin.sent()) {
            Matcher m = MARKER_IN_TEXT.matcher(s.path("text").asText());
            if (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String text(String marker) {
        return "Your order update #" + marker;
    }
}
