package dev.seed.camel.timelinesai.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.util.Statistics;

/**
 * Benchmark 1: runs {@link ProducerOverheadBenchmark} with JMH at 1, 8 and 64 callers (throughput and sampled
 * latency) and reports the Camel component against each hand-written client, with the ratios against the goals
 * (median latency at most 1.15x the raw client's, throughput at least 0.9x).
 */
final class ProducerOverheadSection {
    /**
     * Lets the JDK client send a POST again when the server closed a kept-alive connection just as it was reused
     * (it does so for GETs by default), as Apache HttpClient checks a pooled connection before reusing it.
     */
    static final String JDK_CLIENT_RETRY = "-Djdk.httpclient.enableAllMethodRetry=true";
    private static final double MAX_LATENCY_RATIO = 1.15;
    private static final double MIN_THROUGHPUT_RATIO = 0.9;

    /** One client's figures for one operation and number of callers. */
    private record Figures(double opsPerSecond, double medianMicros, double p99Micros) {
    }

    private ProducerOverheadSection() {
    }

    static void run(Report report, Path canned, boolean quick) throws Exception {
        int[] callers = quick ? new int[] {1, 8} : new int[] {1, 8, 64};
        List<Map<String, Object>> rows = new ArrayList<>();
        double worstLatency = 0;
        double worstThroughput = Double.MAX_VALUE;
        String worstLatencyAt = "";
        String worstThroughputAt = "";
        for (int threads : callers) {
            Map<String, Figures> figures = measure(canned, threads, quick);
            for (String op : List.of("Send", "List")) {
                Figures camel = figures.get("camel" + op);
                for (String raw : List.of("apache", "jdk")) {
                    Figures base = figures.get(raw + op);
                    double latencyRatio = camel.medianMicros() / base.medianMicros();
                    double throughputRatio = camel.opsPerSecond() / base.opsPerSecond();
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("operation", op.equals("Send") ? "messages/send" : "chats/list");
                    row.put("callers", threads);
                    row.put("baseline", raw.equals("apache") ? "Apache HttpClient 5 + Jackson" : "JDK HttpClient + Jackson");
                    row.put("camel ops/s", camel.opsPerSecond());
                    row.put("baseline ops/s", base.opsPerSecond());
                    row.put("throughput ratio", throughputRatio);
                    row.put("camel median µs", camel.medianMicros());
                    row.put("baseline median µs", base.medianMicros());
                    row.put("median ratio", latencyRatio);
                    row.put("camel p99 µs", camel.p99Micros());
                    row.put("baseline p99 µs", base.p99Micros());
                    rows.add(row);
                    if (raw.equals("apache")) {
                        String at = row.get("operation") + " at " + threads + " callers";
                        if (latencyRatio > worstLatency) {
                            worstLatency = latencyRatio;
                            worstLatencyAt = at;
                        }
                        if (throughputRatio < worstThroughput) {
                            worstThroughput = throughputRatio;
                            worstThroughputAt = at;
                        }
                    }
                }
            }
        }
        report.table("producerOverhead", "1. Producer overhead (Camel component vs hand-written clients)",
                "Minimal local server (JDK HttpServer, 8 threads) answering responses recorded from the simulator; "
                        + "same JVM, loopback. JMH " + (quick ? "quick settings (no fork, 1 x 0.3 s)"
                        : "1 fork, 2 x 1 s warm-up, 3 x 1 s measurement") + " per cell; latency from JMH sample "
                        + "mode. The component uses an Apache client with the baseline's pool (" + ProducerOverheadBenchmark.POOL
                        + " connections) and workerPoolSize = callers (at least its default "
                        + ProducerOverheadBenchmark.DEFAULT_WORKERS + "). The shared build machine ran other work "
                        + "at the same time.",
                List.of("operation", "callers", "baseline", "camel ops/s", "baseline ops/s", "throughput ratio",
                        "camel median µs", "baseline median µs", "median ratio", "camel p99 µs", "baseline p99 µs"),
                rows);
        report.goal("1. Producer overhead", "median latency <= 1.15x Apache HttpClient 5 + Jackson (worst cell)",
                String.format(Locale.ROOT, "%.2fx (%s)", worstLatency, worstLatencyAt),
                worstLatency <= MAX_LATENCY_RATIO);
        report.goal("1. Producer overhead", "throughput >= 0.9x Apache HttpClient 5 + Jackson (worst cell)",
                String.format(Locale.ROOT, "%.2fx (%s)", worstThroughput, worstThroughputAt),
                worstThroughput >= MIN_THROUGHPUT_RATIO);
    }

    private static Map<String, Figures> measure(Path canned, int threads, boolean quick) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ProducerOverheadBenchmark.class.getName() + "\\.")
                .mode(Mode.Throughput).mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .threads(threads)
                .shouldFailOnError(true)
                .jvmArgsAppend("-Dbench.canned=" + canned.toAbsolutePath(), "-Xmx512m", JDK_CLIENT_RETRY)
                .jvmArgsPrepend("-Dlog4j2.level=WARN");
        if (quick) {
            options.forks(0).warmupIterations(1).warmupTime(TimeValue.milliseconds(200))
                    .measurementIterations(1).measurementTime(TimeValue.milliseconds(300));
            System.setProperty("bench.canned", canned.toAbsolutePath().toString());
        } else {
            options.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, double[]> raw = new LinkedHashMap<>();
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            double[] f = raw.computeIfAbsent(method, m -> new double[3]);
            if (params.getMode() == Mode.Throughput) {
                f[0] = result.getPrimaryResult().getScore() * 1_000_000;
            } else {
                Statistics stats = result.getPrimaryResult().getStatistics();
                f[1] = stats.getPercentile(50);
                f[2] = stats.getPercentile(99);
            }
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        raw.forEach((method, f) -> figures.put(method, new Figures(f[0], f[1], f[2])));
        return figures;
    }
}
