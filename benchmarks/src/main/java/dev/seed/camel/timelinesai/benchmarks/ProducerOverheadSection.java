package dev.seed.camel.timelinesai.benchmarks;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Benchmark 1: runs {@link ProducerOverheadBenchmark} with JMH (throughput and sampled latency) and reports the
 * Camel component against each baseline, every cell marked against its goal ({@link ProducerCells}).
 */
final class ProducerOverheadSection {
    /**
     * Lets the JDK client send a POST again when the server closed a kept-alive connection just as it was reused
     * (it does so for GETs by default), as Apache HttpClient checks a pooled connection before reusing it.
     */
    static final String JDK_CLIENT_RETRY = "-Djdk.httpclient.enableAllMethodRetry=true";
    private static final String ALL = "\\.[a-zA-Z]+$";
    private static final String SEND_ONLY = "\\.(camelSend|apacheSend|camelHttpSend)$";

    /** What one suite mode measures: callers, benchmark methods, JMH iterations and how throughput is taken. */
    enum Settings {
        /** Every client and operation, tiny iterations in the suite's JVM: proves the harness only. */
        QUICK(new int[] {1, 8}, ALL, false, "quick settings (no fork, 1 x 0.2 s warm-up, 1 x 0.3 s measurement)"),
        /** Every client and operation, the documented run; throughput from JMH throughput mode. */
        FULL(new int[] {1, 8, 64}, ALL, false, "1 fork, 2 x 1 s warm-up, 3 x 1 s measurement"),
        /**
         * messages/send only, against Apache HttpClient 5 and the camel-http route: the before/after run. One
         * sample-mode fork per cell; throughput = callers / mean latency (each caller runs calls back to back).
         */
        PRODUCER(new int[] {1, 8, 64}, SEND_ONLY, true, "1 fork in sample mode only, 2 x 1 s warm-up, 3 x 1 s "
                + "measurement; throughput = callers / mean latency of all sampled calls");

        private final int[] callers;
        private final String methods;
        private final boolean throughputFromSamples;
        private final String description;

        Settings(int[] callers, String methods, boolean throughputFromSamples, String description) {
            this.callers = callers;
            this.methods = methods;
            this.throughputFromSamples = throughputFromSamples;
            this.description = description;
        }
    }

    private ProducerOverheadSection() {
    }

    static void run(Report report, Path canned, Settings settings) throws Exception {
        ProducerCells cells = new ProducerCells();
        for (int threads : settings.callers) {
            Map<String, ProducerCells.Figures> figures = measure(canned, threads, settings);
            Map<String, ProducerCells.Figures> send = new LinkedHashMap<>();
            send.put(ProducerCells.APACHE, figures.get("apacheSend"));
            send.put(ProducerCells.CAMEL_HTTP, figures.get("camelHttpSend"));
            if (figures.containsKey("jdkSend")) {
                send.put(ProducerCells.JDK, figures.get("jdkSend"));
            }
            cells.add("messages/send", threads, figures.get("camelSend"), send);
            if (figures.containsKey("camelList")) {
                Map<String, ProducerCells.Figures> list = new LinkedHashMap<>();
                list.put(ProducerCells.APACHE, figures.get("apacheList"));
                list.put(ProducerCells.JDK, figures.get("jdkList"));
                cells.add("chats/list", threads, figures.get("camelList"), list);
            }
        }
        report.table("producerOverhead", "1. Producer overhead (Camel component vs the same call without it)",
                "Minimal local server (JDK HttpServer, 8 threads) answering responses recorded from the simulator; "
                        + "same JVM, loopback. JMH " + settings.description + " per cell; latency from JMH sample "
                        + "mode. Suite mode " + settings.name().toLowerCase(Locale.ROOT) + ". Ratios are "
                        + "component / baseline. The component uses an Apache client with the "
                        + "hand-written client's pool (" + ProducerOverheadBenchmark.POOL + " connections) and "
                        + "workerPoolSize = callers (at least its default " + ProducerOverheadBenchmark.DEFAULT_WORKERS
                        + "); the camel-http route's http component has the same pool size and runs on the "
                        + "callers' threads. Goals: median <= " + ProducerCells.MAX_LATENCY_RATIO + "x and "
                        + "throughput >= " + ProducerCells.MIN_THROUGHPUT_RATIO + "x against Apache HttpClient 5; "
                        + "median <= 1x and throughput >= 1x against the camel-http route (no tolerance). "
                        + "The shared build machine ran other work at the same time.",
                ProducerCells.COLUMNS, cells.rows());
        cells.goals(report);
    }

    private static Map<String, ProducerCells.Figures> measure(Path canned, int threads, Settings settings)
            throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ProducerOverheadBenchmark.class.getName() + settings.methods)
                .timeUnit(TimeUnit.MICROSECONDS)
                .threads(threads)
                .shouldFailOnError(true)
                .jvmArgsAppend("-Dbench.canned=" + canned.toAbsolutePath(), "-Xmx512m", JDK_CLIENT_RETRY)
                .jvmArgsPrepend("-Dlog4j2.level=WARN");
        if (!settings.throughputFromSamples) {
            options.mode(Mode.Throughput);
        }
        options.mode(Mode.SampleTime);
        if (settings == Settings.QUICK) {
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
                if (settings.throughputFromSamples) {
                    f[0] = threads * 1_000_000 / stats.getMean();
                }
            }
        }
        Map<String, ProducerCells.Figures> figures = new LinkedHashMap<>();
        raw.forEach((method, f) -> figures.put(method, new ProducerCells.Figures(f[0], f[1], f[2])));
        return figures;
    }
}
