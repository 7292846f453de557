package dev.seed.camel.timelinesai.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Benchmark 2: webhook deliveries offered open-loop at 100, 1,000 and 5,000 per second to the
 * {@code timelinesai:events} consumer and to a hand-rolled platform-http + Jackson route (each with and without
 * de-duplication), then each pushed closed-loop to its capacity. Returns the highest offered rate every receiver
 * sustained, for the bounded-heap run of benchmark 4.
 */
final class WebhookIngestSection {
    /** A rate is sustained when at least this share of the offered deliveries was answered 200 at that pace. */
    static final double SUSTAINED_SHARE = 0.95;
    static final double DEADLINE_MILLIS = 5000;
    private static final double THROUGHPUT_TOLERANCE = 0.98;
    private static final String[][] RECEIVERS = {
        {"timelinesai:events", "off", IngestRoutes.COMPONENT},
        {"hand-rolled platform-http", "off", IngestRoutes.HAND_ROLLED},
        {"timelinesai:events", "on", IngestRoutes.COMPONENT_DEDUP},
        {"hand-rolled platform-http", "on", IngestRoutes.HAND_ROLLED_DEDUP},
    };

    private WebhookIngestSection() {
    }

    static int run(Report report, boolean quick) throws Exception {
        int[] rates = quick ? new int[] {100, 1000} : new int[] {100, 1000, 5000};
        double seconds = quick ? 1 : 5;
        int port = freePort();
        List<Map<String, Object>> rows = new ArrayList<>();
        int highestSustained = 0;
        double worstThroughputRatio = Double.MAX_VALUE;
        String worstAt = "";
        double worstP99AtTop = 0;
        try (DefaultCamelContext camel = new DefaultCamelContext(); WebhookLoad load = new WebhookLoad(port, 64)) {
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            server.setBindPort(port);
            camel.addService(new VertxPlatformHttpServer(server));
            camel.addComponent("timelinesai", new TimelinesAiComponent());
            IngestRoutes routes = new IngestRoutes();
            camel.addRoutes(routes);
            camel.start();
            for (String[] receiver : RECEIVERS) { // warm-up, not reported
                load.openLoop(path(receiver), 1000, quick ? 0.5 : 2);
            }
            for (int rate : rates) {
                boolean allSustained = true;
                double rateWorstP99 = 0;
                for (int pair = 0; pair < RECEIVERS.length; pair += 2) {
                    WebhookLoad.Outcome component = load.openLoop(path(RECEIVERS[pair]), rate, seconds);
                    WebhookLoad.Outcome hand = load.openLoop(path(RECEIVERS[pair + 1]), rate, seconds);
                    rows.add(row("open-loop", rate, RECEIVERS[pair], component, hand));
                    rows.add(row("open-loop", rate, RECEIVERS[pair + 1], hand, hand));
                    allSustained &= sustained(component, rate) && sustained(hand, rate);
                    rateWorstP99 = Math.max(rateWorstP99, component.p99Millis());
                    double ratio = component.deliveriesPerSecond() / hand.deliveriesPerSecond();
                    if (ratio < worstThroughputRatio) {
                        worstThroughputRatio = ratio;
                        worstAt = rate + "/s offered, de-duplication " + RECEIVERS[pair][1];
                    }
                }
                if (allSustained) {
                    highestSustained = rate;
                    worstP99AtTop = rateWorstP99;
                }
            }
            double capacitySeconds = quick ? 1 : 5;
            double worstCapacityRatio = Double.MAX_VALUE;
            for (String[] receiver : RECEIVERS) { // warm-up at full speed, not reported
                load.closedLoop(path(receiver), 32, quick ? 0.5 : 2);
            }
            for (int pair = 0; pair < RECEIVERS.length; pair += 2) {
                WebhookLoad.Outcome component = load.closedLoop(path(RECEIVERS[pair]), 32, capacitySeconds);
                WebhookLoad.Outcome hand = load.closedLoop(path(RECEIVERS[pair + 1]), 32, capacitySeconds);
                rows.add(row("closed-loop, 32 in flight", 0, RECEIVERS[pair], component, hand));
                rows.add(row("closed-loop, 32 in flight", 0, RECEIVERS[pair + 1], hand, hand));
                worstCapacityRatio = Math.min(worstCapacityRatio,
                        component.deliveriesPerSecond() / hand.deliveriesPerSecond());
            }
            report.goal("2. Webhook ingest", "deliveries/s >= hand-rolled route at every offered rate (tolerance "
                    + "2 %: open-loop, both are capped by the offered rate)",
                    String.format(Locale.ROOT, "worst %.3fx (%s)", worstThroughputRatio, worstAt),
                    worstThroughputRatio >= THROUGHPUT_TOLERANCE);
            report.goal("2. Webhook ingest", "capacity (closed-loop, 32 in flight) >= hand-rolled route (tolerance 2 %)",
                    String.format(Locale.ROOT, "worst %.2fx", worstCapacityRatio),
                    worstCapacityRatio >= THROUGHPUT_TOLERANCE);
            report.goal("2. Webhook ingest", "p99 ack well under 5 s at the highest sustained offered rate",
                    highestSustained == 0 ? "no offered rate was sustained"
                            : String.format(Locale.ROOT, "%.1f ms at %d/s", worstP99AtTop, highestSustained),
                    highestSustained > 0 && worstP99AtTop < DEADLINE_MILLIS / 10);
        }
        report.table("webhookIngest", "2. Webhook ingest (timelinesai:events vs hand-rolled platform-http + Jackson)",
                "Vert.x platform-http server and a Vert.x HTTP client load generator (one event loop, up to 64 keep-alive connections) in the same JVM on "
                        + "loopback; every delivery is a distinct message:received:new event; open-loop runs offer "
                        + "the rate for " + seconds + " s and time each ack from the moment the delivery was due. "
                        + "'vs hand-rolled' is the component's deliveries/s over the hand-rolled route's in the same "
                        + "run (1.00 on the hand-rolled rows). Sustained = at least 95 % answered 200 at that pace.",
                List.of("load", "offered/s", "receiver", "de-dup", "answered 200", "failed", "deliveries/s",
                        "vs hand-rolled", "ack median ms", "ack p99 ms", "ack max ms"),
                rows);
        return highestSustained;
    }

    static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static String path(String[] receiver) {
        return receiver[2] + "?secret=" + IngestRoutes.SECRET;
    }

    static boolean sustained(WebhookLoad.Outcome outcome, int rate) {
        return outcome.ok() >= SUSTAINED_SHARE * outcome.offered()
                && outcome.deliveriesPerSecond() >= SUSTAINED_SHARE * rate;
    }

    private static Map<String, Object> row(String load, int rate, String[] receiver, WebhookLoad.Outcome outcome,
                                           WebhookLoad.Outcome handRolled) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("load", load);
        row.put("offered/s", rate == 0 ? "as fast as answered" : rate);
        row.put("receiver", receiver[0]);
        row.put("de-dup", receiver[1]);
        row.put("answered 200", outcome.ok());
        row.put("failed", outcome.failed() + outcome.unanswered() == 0 ? "0" : outcome.failed() + outcome.unanswered()
                + " " + outcome.failures() + (outcome.unanswered() > 0 ? " unanswered " + outcome.unanswered() : ""));
        row.put("deliveries/s", outcome.deliveriesPerSecond());
        row.put("vs hand-rolled", outcome.deliveriesPerSecond() / handRolled.deliveriesPerSecond());
        row.put("ack median ms", outcome.medianMillis());
        row.put("ack p99 ms", outcome.p99Millis());
        row.put("ack max ms", outcome.maxMillis());
        return row;
    }
}
