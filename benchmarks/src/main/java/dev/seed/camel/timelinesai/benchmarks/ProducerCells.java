package dev.seed.camel.timelinesai.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the producer-overhead figures into one row per cell (operation, callers, baseline) with the component's
 * ratios against that baseline, each marked against its goal, and keeps the worst cell per goal.
 */
final class ProducerCells {
    static final double MAX_LATENCY_RATIO = 1.15;
    static final double MIN_THROUGHPUT_RATIO = 0.9;
    static final String APACHE = "Apache HttpClient 5 + Jackson";
    static final String CAMEL_HTTP = "camel-http + camel-jackson route";
    static final String JDK = "JDK HttpClient + Jackson";
    static final List<String> COLUMNS = List.of("operation", "callers", "baseline", "component ops/s",
            "baseline ops/s", "throughput ratio", "component median µs", "baseline median µs", "median ratio",
            "component p99 µs", "baseline p99 µs", "goal", "met");

    /** One client's figures for one operation and number of callers. */
    record Figures(double opsPerSecond, double medianMicros, double p99Micros) {
    }

    /** The worst ratio seen for one goal and where. */
    private static final class Worst {
        double ratio;
        String at = "no cell";
        boolean met = true;

        Worst(double start) {
            ratio = start;
        }

        void see(double value, boolean worse, boolean ok, String cell) {
            if (worse) {
                ratio = value;
                at = cell;
            }
            met &= ok;
        }
    }

    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final Worst apacheLatency = new Worst(0);
    private final Worst apacheThroughput = new Worst(Double.MAX_VALUE);
    private final Worst routeLatency = new Worst(0);
    private final Worst routeThroughput = new Worst(Double.MAX_VALUE);

    /** Adds the rows of one cell: the component against every baseline measured for it. */
    void add(String operation, int callers, Figures component, Map<String, Figures> baselines) {
        String cell = operation + " at " + callers + " callers";
        baselines.forEach((baseline, base) -> {
            double latency = component.medianMicros() / base.medianMicros();
            double throughput = component.opsPerSecond() / base.opsPerSecond();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("operation", operation);
            row.put("callers", callers);
            row.put("baseline", baseline);
            row.put("component ops/s", component.opsPerSecond());
            row.put("baseline ops/s", base.opsPerSecond());
            row.put("throughput ratio", throughput);
            row.put("component median µs", component.medianMicros());
            row.put("baseline median µs", base.medianMicros());
            row.put("median ratio", latency);
            row.put("component p99 µs", component.p99Micros());
            row.put("baseline p99 µs", base.p99Micros());
            Boolean met;
            if (baseline.equals(APACHE)) {
                boolean latencyOk = latency <= MAX_LATENCY_RATIO;
                boolean throughputOk = throughput >= MIN_THROUGHPUT_RATIO;
                apacheLatency.see(latency, latency > apacheLatency.ratio, latencyOk, cell);
                apacheThroughput.see(throughput, throughput < apacheThroughput.ratio, throughputOk, cell);
                row.put("goal", "median <= 1.15x " + mark(latencyOk) + ", throughput >= 0.9x " + mark(throughputOk));
                met = latencyOk && throughputOk;
            } else if (baseline.equals(CAMEL_HTTP)) {
                boolean latencyOk = latency <= 1;
                boolean throughputOk = throughput >= 1;
                routeLatency.see(latency, latency > routeLatency.ratio, latencyOk, cell);
                routeThroughput.see(throughput, throughput < routeThroughput.ratio, throughputOk, cell);
                row.put("goal", "median <= 1x " + mark(latencyOk) + ", throughput >= 1x " + mark(throughputOk));
                met = latencyOk && throughputOk;
            } else {
                row.put("goal", "none (shown for reference)");
                met = null;
            }
            row.put("met", met);
            rows.add(row);
        });
    }

    List<Map<String, Object>> rows() {
        return rows;
    }

    /** Reports the worst cell of every goal (a goal with no cell measured is not judged). */
    void goals(Report report) {
        String name = "1. Producer overhead";
        goal(report, name, "median latency <= 1.15x " + APACHE + " (every cell; worst shown)", apacheLatency);
        goal(report, name, "throughput >= 0.9x " + APACHE + " (every cell; worst shown)", apacheThroughput);
        goal(report, name, "median latency <= the " + CAMEL_HTTP + " (every cell; worst shown)", routeLatency);
        goal(report, name, "throughput >= the " + CAMEL_HTTP + " (every cell; worst shown)", routeThroughput);
    }

    private static void goal(Report report, String name, String goal, Worst worst) {
        boolean judged = !worst.at.equals("no cell");
        report.goal(name, goal, judged ? String.format(Locale.ROOT, "%.2fx (%s)", worst.ratio, worst.at)
                : "not measured", judged ? worst.met : null);
    }

    private static String mark(boolean ok) {
        return ok ? "yes" : "NO";
    }
}
