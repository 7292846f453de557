package dev.seed.camel.timelinesai.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Benchmark 5: start-up time and heap of a Camel Main app with a {@code timelinesai:} route versus the same app
 * without it, in fresh child JVMs started alternately, several times each; medians reported.
 */
final class StartupSection {
    private StartupSection() {
    }

    static void run(Report report, boolean quick) throws Exception {
        int repetitions = quick ? 1 : 7;
        Map<String, List<JsonNode>> runs = new LinkedHashMap<>();
        runs.put("without", new ArrayList<>());
        runs.put("with", new ArrayList<>());
        for (int i = 0; i < repetitions; i++) {
            for (String variant : runs.keySet()) {
                try (JvmFork child = JvmFork.start(List.of("-Xmx256m"), StartupChild.class, variant)) {
                    runs.get(variant).add(child.finish(120));
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, double[]> medians = new LinkedHashMap<>();
        for (var entry : runs.entrySet()) {
            double time = median(entry.getValue(), "startedAtUptimeMillis");
            double heap = median(entry.getValue(), "usedHeapAfterGcMiB");
            double classes = median(entry.getValue(), "loadedClasses");
            medians.put(entry.getKey(), new double[] {time, heap, classes});
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("app", entry.getKey().equals("with") ? "Camel Main + timelinesai route" : "Camel Main, seda route");
            row.put("runs", entry.getValue().size());
            row.put("median ms to started", time);
            row.put("min..max ms", String.format(Locale.ROOT, "%.0f..%.0f", min(entry.getValue(), "startedAtUptimeMillis"),
                    max(entry.getValue(), "startedAtUptimeMillis")));
            row.put("median heap after GC MiB", heap);
            row.put("median loaded classes", classes);
            rows.add(row);
        }
        double[] with = medians.get("with");
        double[] without = medians.get("without");
        report.table("startup", "5. Start-up (Camel Main with and without the component)",
                "Fresh JVMs (-Xmx256m), same class path, started alternately; time = JVM uptime when Main.start() "
                        + "returned with the CamelContext started; heap = used heap after System.gc().",
                List.of("app", "runs", "median ms to started", "min..max ms", "median heap after GC MiB",
                        "median loaded classes"),
                rows);
        report.goal("5. Start-up", "cost of the component (no numeric goal in issue #8)",
                String.format(Locale.ROOT, "%+.0f ms (%.2fx), %+.1f MiB heap, %+.0f classes", with[0] - without[0],
                        with[0] / without[0], with[1] - without[1], with[2] - without[2]), null);
    }

    private static double[] values(List<JsonNode> runs, String field) {
        return runs.stream().mapToDouble(r -> r.path(field).asDouble()).sorted().toArray();
    }

    private static double median(List<JsonNode> runs, String field) {
        double[] v = values(runs, field);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double min(List<JsonNode> runs, String field) {
        return Arrays.stream(values(runs, field)).min().orElse(Double.NaN);
    }

    private static double max(List<JsonNode> runs, String field) {
        return Arrays.stream(values(runs, field)).max().orElse(Double.NaN);
    }
}
