package dev.seed.camel.timelinesai.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Renders the producer-overhead cells of two suite results ({@code results.json} of a run before and a run after
 * a change, any mode that ran benchmark 1) as one Markdown before / after table for {@code docs/benchmarks.md}.
 * Arguments: {@code before.json after.json [out.md]}; prints the table and writes it to {@code out.md} if given.
 * A cell measured in only one run shows "-" on the other side.
 */
public final class BeforeAfterTable {
    private static final String SECTION = "producerOverhead";
    /** Row order within a cell; a baseline not listed sorts first. */
    private static final List<String> BASELINES = List.of(ProducerCells.APACHE, ProducerCells.CAMEL_HTTP,
            ProducerCells.JDK);

    private BeforeAfterTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: BeforeAfterTable before.json after.json [out.md]");
            System.exit(2);
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode before = mapper.readTree(Path.of(args[0]).toFile());
        JsonNode after = mapper.readTree(Path.of(args[1]).toFile());
        String markdown = render(before, after);
        System.out.print(markdown);
        if (args.length == 3) {
            Path out = Path.of(args[2]).toAbsolutePath();
            Files.createDirectories(out.getParent());
            Files.writeString(out, markdown);
        }
    }

    static String render(JsonNode before, JsonNode after) {
        StringBuilder md = new StringBuilder();
        md.append("Before: ").append(describe(before)).append(".\n\nAfter: ").append(describe(after))
                .append(".\n\n");
        if (!before.path("mode").asText().equals(after.path("mode").asText())) {
            md.append("**The two runs used different suite modes** (the producer mode derives throughput from the "
                    + "sampled latencies, the full mode measures it in a separate fork): compare ratios, not "
                    + "absolute figures.\n\n");
        }
        md.append("| goal | before | after |\n|---|---|---|\n");
        Map<String, JsonNode> beforeGoals = goals(before);
        Map<String, JsonNode> afterGoals = goals(after);
        Set<String> goalNames = new LinkedHashSet<>(afterGoals.keySet());
        goalNames.addAll(beforeGoals.keySet());
        for (String goal : goalNames) {
            md.append("| ").append(goal).append(" | ").append(goalResult(beforeGoals.get(goal))).append(" | ")
                    .append(goalResult(afterGoals.get(goal))).append(" |\n");
        }
        md.append("\nRatios are component / baseline; each pair is before / after.\n\n");
        md.append("| operation | callers | baseline | component ops/s | throughput ratio | component median µs "
                + "| median ratio | goal met |\n|---|---|---|---|---|---|---|---|\n");
        Map<String, JsonNode> beforeRows = rows(before);
        Map<String, JsonNode> afterRows = rows(after);
        Set<String> cells = new TreeSet<>(Comparator.comparing((String cell) -> cell.split("\\|")[0]).reversed()
                .thenComparing(cell -> Integer.parseInt(cell.split("\\|")[1]))
                .thenComparing(cell -> BASELINES.indexOf(cell.split("\\|")[2])));
        cells.addAll(beforeRows.keySet());
        cells.addAll(afterRows.keySet());
        for (String cell : cells) {
            JsonNode b = beforeRows.get(cell);
            JsonNode a = afterRows.get(cell);
            JsonNode any = a != null ? a : b;
            md.append("| ").append(any.path("operation").asText()).append(" | ").append(any.path("callers").asInt())
                    .append(" | ").append(any.path("baseline").asText())
                    .append(" | ").append(pair(b, a, "component ops/s", "camel ops/s"))
                    .append(" | ").append(pair(b, a, "throughput ratio", null))
                    .append(" | ").append(pair(b, a, "component median µs", "camel median µs"))
                    .append(" | ").append(pair(b, a, "median ratio", null))
                    .append(" | ").append(met(b)).append(" / ").append(met(a)).append(" |\n");
        }
        return md.toString();
    }

    private static String describe(JsonNode run) {
        JsonNode machine = run.path("machine");
        return String.format(Locale.ROOT, "suite mode `%s`, started %s, %d cores, %s", run.path("mode").asText(),
                run.path("started").asText(), machine.path("cores").asInt(), machine.path("jvm").asText());
    }

    private static Map<String, JsonNode> goals(JsonNode run) {
        Map<String, JsonNode> goals = new LinkedHashMap<>();
        for (JsonNode goal : run.path("goals")) {
            if (goal.path("benchmark").asText().startsWith("1.")) {
                goals.put(goal.path("goal").asText(), goal);
            }
        }
        return goals;
    }

    private static String goalResult(JsonNode goal) {
        if (goal == null) {
            return "-";
        }
        JsonNode met = goal.path("met");
        return goal.path("measured").asText() + ", met: " + (met.isBoolean() ? (met.asBoolean() ? "yes" : "**no**")
                : "n/a");
    }

    private static Map<String, JsonNode> rows(JsonNode run) {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        for (JsonNode row : run.path("benchmarks").path(SECTION).path("rows")) {
            rows.put(row.path("operation").asText() + "|" + row.path("callers").asInt() + "|"
                    + row.path("baseline").asText(), row);
        }
        return rows;
    }

    /** The value of {@code key} before and after; {@code legacy} is the key's name in older results. */
    private static String pair(JsonNode before, JsonNode after, String key, String legacy) {
        return number(before, key, legacy) + " / " + number(after, key, legacy);
    }

    private static String number(JsonNode row, String key, String legacy) {
        if (row == null) {
            return "-";
        }
        JsonNode value = row.has(key) || legacy == null ? row.path(key) : row.path(legacy);
        if (!value.isNumber()) {
            return "-";
        }
        double d = value.asDouble();
        return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.2f", d);
    }

    /** A cell's goal mark: true, false or null (no goal for that baseline); older results hold it as text. */
    private static String met(JsonNode row) {
        if (row == null || !row.has("met")) {
            return "-";
        }
        JsonNode met = row.path("met");
        if (met.isBoolean()) {
            return met.asBoolean() ? "yes" : "**no**";
        }
        return met.isNull() ? "n/a" : met.asText();
    }
}
