package dev.seed.camel.timelinesai.faults;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.seed.camel.timelinesai.consumer.EventsTestSupport;
import dev.seed.camel.timelinesai.event.MessageEvent;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.WebhooksAdmin.Delivery;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event half of the fault suite: inbound messages delivered by the simulator's webhooks (3 attempts) to a
 * {@code timelinesai:events} route whose receiver is healthy, then flaky (fails each event's first attempt), then
 * down (every attempt fails) and recovered. Every event must be processed exactly once or show as failed in
 * TimelinesAI's delivery log (the sender's view); none lost, none processed twice. Finally stopping the route
 * with an event in flight lets it finish (processed, answered 2xx) and only then removes the auto-registered
 * subscription.
 */
class EventFaultSuiteTest extends EventsTestSupport {
    private static final int PER_PHASE = Integer.getInteger("faultSuite.eventsPerPhase", 150);
    private static final String TYPE = "message:received:new";

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> processed = new ConcurrentHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicBoolean flaky = new AtomicBoolean();
    private final Map<Long, Delivery> log = new HashMap<>();

    @Test
    void everyEventIsProcessedOnceOrReportedFailed() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("/events", TYPE)).routeId("receiver")
                    .process(e -> {
                        String marker = e.getMessage().getBody(MessageEvent.class).message().text();
                        int attempt = attempts.computeIfAbsent(marker, k -> new AtomicInteger()).incrementAndGet();
                        if (down.get() || flaky.get() && attempt == 1) {
                            throw new IllegalStateException("receiver unavailable");
                        }
                        processed.computeIfAbsent(marker, k -> new AtomicInteger()).incrementAndGet();
                    });
            }
        });
        SimulatorAdminClient admin = simulator().admin();
        AtomicInteger next = new AtomicInteger();
        phase(admin, "healthy", next);
        flaky.set(true);
        phase(admin, "flaky", next);
        flaky.set(false);
        down.set(true);
        phase(admin, "down", next);
        down.set(false);
        phase(admin, "recovered", next);

        Set<String> failedAtSender = new HashSet<>();
        int redelivered = 0;
        for (Delivery d : log.values()) {
            String marker = d.payload().path("message").path("text").asText();
            if (d.lastAttempt() && !d.success()) {
                failedAtSender.add(marker);
            }
            if (d.success() && d.attempt() > 1) {
                redelivered++;
            }
        }
        int injected = next.get();
        long processedOnce = processed.values().stream().filter(c -> c.get() == 1).count();
        long duplicates = processed.values().stream().filter(c -> c.get() > 1).count();
        long lost = 0;
        for (int i = 0; i < injected; i++) {
            String marker = marker(i);
            boolean done = processed.containsKey(marker);
            boolean failed = failedAtSender.contains(marker);
            assertThat(done ^ failed).as("%s processed (%s) xor failed at the sender (%s)", marker, done, failed)
                    .isTrue();
            if (!done && !failed) {
                lost++;
            }
        }
        System.out.printf("%nEvent fault suite (%d events, 3 delivery attempts each)%n", injected);
        System.out.printf("  %-40s %6d%n", "events injected", injected);
        System.out.printf("  %-40s %6d%n", "processed exactly once", processedOnce);
        System.out.printf("  %-40s %6d%n", "  of which after a redelivery", redelivered);
        System.out.printf("  %-40s %6d%n", "failed after 3 attempts (sender's log)", failedAtSender.size());
        System.out.printf("  %-40s %6d%n", "delivery attempts seen by the route", attempts.values().stream()
                .mapToInt(AtomicInteger::get).sum());
        System.out.printf("  %-40s %6d%n", "processed twice", duplicates);
        System.out.printf("  %-40s %6d%n%n", "lost", lost);

        assertThat(duplicates).isZero();
        assertThat(processedOnce + failedAtSender.size()).isEqualTo(injected);
        assertThat(failedAtSender).as("the outage failed some events").hasSize(PER_PHASE);
        assertThat(redelivered).as("the flaky phase recovered by redelivery").isEqualTo(PER_PHASE);

        stopWithAnEventInFlight(admin, next);
    }

    private void phase(SimulatorAdminClient admin, String name, AtomicInteger next) {
        int from = next.get();
        for (int i = 0; i < PER_PHASE; i++) {
            int n = next.getAndIncrement();
            admin.injectInbound(String.format("+1415556%04d", n), "Contact " + n, marker(n));
        }
        await().atMost(60, SECONDS).pollInterval(Duration.ofMillis(200)).until(() -> {
            collect(admin);
            Set<String> settled = new HashSet<>(processed.keySet());
            log.values().stream().filter(d -> d.lastAttempt() && !d.success())
                    .forEach(d -> settled.add(d.payload().path("message").path("text").asText()));
            for (int i = from; i < next.get(); i++) {
                if (!settled.contains(marker(i))) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Keeps every delivery attempt the simulator logged (its log holds the latest 1000). */
    private void collect(SimulatorAdminClient admin) {
        for (Delivery d : admin.deliveries(TYPE)) {
            log.putIfAbsent(d.id(), d);
        }
    }

    private void stopWithAnEventInFlight(SimulatorAdminClient admin, AtomicInteger next) throws Exception {
        AtomicBoolean started = new AtomicBoolean();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("/slow", TYPE)).routeId("slow")
                    .process(e -> started.set(true))
                    .delay(1500)
                    .process(e -> processed.computeIfAbsent(e.getMessage().getBody(MessageEvent.class).message()
                            .text(), k -> new AtomicInteger()).incrementAndGet());
            }
        });
        context.getRouteController().stopRoute("receiver");
        assertThat(subscriptions()).extracting(s -> s.url()).allMatch(u -> u.contains("/slow"));
        String marker = marker(next.getAndIncrement());
        admin.injectInbound("+14155569999", "Last", marker);
        await().atMost(10, SECONDS).untilTrue(started);
        context.getRouteController().stopRoute("slow");
        // a graceful stop waits for the in-flight event: it is processed and the sender gets its 2xx
        await().atMost(10, SECONDS).until(() -> admin.deliveries(TYPE).stream()
                .anyMatch(d -> marker.equals(d.payload().path("message").path("text").asText())));
        Delivery last = admin.deliveries(TYPE).stream()
                .filter(d -> marker.equals(d.payload().path("message").path("text").asText())).findFirst().orElseThrow();
        boolean done = processed.containsKey(marker);
        System.out.printf("Stopping the route with an event in flight: %s (HTTP %s to the sender)%n%n",
                done ? "processed" : "failed back to the sender", last.statusCode());
        assertThat(done).as("processed exactly when the sender got 2xx").isEqualTo(last.success());
        assertThat(done).as("the graceful stop let the in-flight event finish").isTrue();
        assertThat(last.statusCode()).isBetween(200, 299);
        assertThat(processed.getOrDefault(marker, new AtomicInteger()).get()).isLessThanOrEqualTo(1);
        assertThat(subscriptions()).as("auto-registered subscriptions removed").isEmpty();
    }

    private static String marker(int n) {
        return String.format("event #e%05d", n);
    }
}
