package dev.seed.camel.timelinesai.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;

/** The suite's results: machine facts, one table per benchmark and the goals, written as JSON and Markdown. */
final class Report {
    /** One benchmark's table. */
    record Table(String key, String title, String note, List<String> columns, List<Map<String, Object>> rows) {
    }

    /** A goal of issue #8 and what was measured against it; {@code met} is null when it could not be judged. */
    record Goal(String benchmark, String goal, String measured, Boolean met) {
    }

    private final String mode;
    private final Instant started = Instant.now();
    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();

    Report(String mode) {
        this.mode = mode;
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("suiteJvmMaxHeapMiB", HeapFacts.mib(Runtime.getRuntime().maxMemory()));
        machine.put("suiteJvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-Dresults")).toList());
    }

    void table(String key, String title, String note, List<String> columns, List<Map<String, Object>> rows) {
        tables.add(new Table(key, title, note, columns, rows));
    }

    void goal(String benchmark, String goal, String measured, Boolean met) {
        goals.add(new Goal(benchmark, goal, measured, met));
    }

    void write(Path dir, long elapsedMillis) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", mode);
        json.put("started", started.toString());
        json.put("elapsedSeconds", elapsedMillis / 1000.0);
        json.put("machine", machine);
        json.put("goals", goals);
        Map<String, Object> byKey = new LinkedHashMap<>();
        for (Table t : tables) {
            byKey.put(t.key(), Map.of("title", t.title(), "note", t.note(), "rows", t.rows()));
        }
        json.put("benchmarks", byKey);
        Files.writeString(dir.resolve("results.json"), JsonSupport.mapper().copy()
                .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        Files.writeString(dir.resolve("results.md"), markdown(elapsedMillis));
    }

    String markdown(long elapsedMillis) {
        StringBuilder md = new StringBuilder();
        md.append("Suite mode `").append(mode).append("`, started ").append(started).append(", ran ")
                .append(String.format(Locale.ROOT, "%.0f", elapsedMillis / 1000.0)).append(" s. Machine: ")
                .append(machine.get("cores")).append(" cores, ").append(machine.get("jvm")).append(", ")
                .append(machine.get("os")).append(".\n\n");
        md.append("### Goals\n\n| benchmark | goal | measured | met |\n|---|---|---|---|\n");
        for (Goal g : goals) {
            md.append("| ").append(g.benchmark()).append(" | ").append(g.goal()).append(" | ").append(g.measured())
                    .append(" | ").append(g.met() == null ? "n/a" : g.met() ? "yes" : "**no**").append(" |\n");
        }
        for (Table t : tables) {
            md.append("\n### ").append(t.title()).append("\n\n");
            if (!t.note().isEmpty()) {
                md.append(t.note()).append("\n\n");
            }
            md.append("| ").append(String.join(" | ", t.columns())).append(" |\n|");
            md.append("---|".repeat(t.columns().size())).append('\n');
            for (Map<String, Object> row : t.rows()) {
                md.append('|');
                for (String c : t.columns()) {
                    md.append(' ').append(format(row.get(c))).append(" |");
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean met) {
            return met ? "yes" : "**no**";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.2f", d);
        }
        return value.toString();
    }
}
