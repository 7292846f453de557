package dev.seed.camel.timelinesai.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;

/**
 * The benchmark suite of issue #8 (a main, not a test): producer overhead, webhook ingest, pacing, memory and
 * start-up, each beside its baseline, written to {@code results.json} and {@code results.md}.
 * System properties: {@code suite=full|quick|producer} (quick only proves the harness works; producer runs only
 * the messages/send cells of benchmark 1, for a before/after table), {@code results=<dir>}, {@code only=1,2,...}
 * to run some benchmarks. Exits 1 when a benchmark could not run (not when a goal is missed).
 */
public final class BenchmarkSuite {
    private BenchmarkSuite() {
    }

    /** One benchmark of the suite. */
    @FunctionalInterface
    private interface Benchmark {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("suite", "full");
        if (!mode.equals("full") && !mode.equals("quick") && !mode.equals("producer")) {
            throw new IllegalArgumentException("suite must be full, quick or producer, not " + mode);
        }
        boolean quick = mode.equals("quick");
        ProducerOverheadSection.Settings producerSettings = ProducerOverheadSection.Settings.valueOf(
                mode.toUpperCase(Locale.ROOT));
        // the quick mode runs JMH in this JVM, so the JDK client's retry setting must be in place before its first use
        System.setProperty("jdk.httpclient.enableAllMethodRetry", "true");
        Path results = Path.of(System.getProperty("results", "target/benchmark-results"));
        Set<String> only = mode.equals("producer") ? Set.of("1")
                : Set.of(System.getProperty("only", "1,2,3,4,5").split(","));
        long start = System.nanoTime();
        Report report = new Report(mode);

        CannedResponses canned;
        SimulatorOptions recordOptions = SimulatorOptions.builder().checkContract(false).rateLimitEnabled(false)
                .build();
        try (TimelinesAiSimulator simulator = TimelinesAiSimulator.start(recordOptions)) {
            canned = CannedResponses.record(simulator);
        }
        Path cannedFile = results.resolve("canned-responses.json");
        canned.save(cannedFile);

        int[] highestIngestRate = {0};
        List<String> failures = new ArrayList<>();
        run(only, "1", "1. Producer overhead", report, failures,
                () -> ProducerOverheadSection.run(report, cannedFile, producerSettings));
        run(only, "2", "2. Webhook ingest", report, failures,
                () -> highestIngestRate[0] = WebhookIngestSection.run(report, quick));
        run(only, "3", "3. Pacing", report, failures, () -> PacingSection.run(report, quick));
        run(only, "4", "4. Memory", report, failures,
                () -> MemorySection.run(report, results.resolve("work"), canned,
                        highestIngestRate[0] > 0 ? highestIngestRate[0] : (quick ? 1000 : 5000), quick));
        run(only, "5", "5. Start-up", report, failures, () -> StartupSection.run(report, quick));

        long elapsed = (System.nanoTime() - start) / 1_000_000;
        report.write(results, elapsed);
        System.out.println();
        System.out.println(report.markdown(elapsed));
        System.out.println("Results: " + results.resolve("results.json").toAbsolutePath() + " and results.md");
        if (!failures.isEmpty()) {
            System.err.println("Benchmarks that could not run: " + failures);
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(Set<String> only, String number, String name, Report report, List<String> failures,
                            Benchmark benchmark) {
        if (!only.contains(number)) {
            return;
        }
        System.out.println("=== " + name);
        long start = System.nanoTime();
        try {
            benchmark.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            failures.add(name);
            report.goal(name, "the benchmark runs", "failed: " + e, false);
        }
        System.out.printf("=== %s took %.0f s%n", name, (System.nanoTime() - start) / 1e9);
    }
}
