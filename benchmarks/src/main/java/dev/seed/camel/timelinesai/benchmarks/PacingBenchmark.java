package dev.seed.camel.timelinesai.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;

/**
 * Benchmark harness (a main, not a test): sends through 1, 2, 4 and 8 WhatsApp accounts of the simulator, once
 * paced per account with the {@code timelinesai-paced-send} template and once with one global throttle, and
 * prints a table. The simulator's per-account send spacing (about 2 s in TimelinesAI) is shortened by
 * {@code -Dspeedup} (default 5, so 400 ms), and the route paces at that spacing; its 30/s rate limit stays on.
 * Options: {@code -Daccounts=1,2,4,8 -DperAccount=10 -Dspeedup=5}.
 */
public final class PacingBenchmark {
    private static final long REAL_SPACING_MILLIS = 2000;

    private PacingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perAccount = Integer.getInteger("perAccount", 10);
        int speedup = Integer.getInteger("speedup", 5);
        List<Integer> accountCounts = new ArrayList<>();
        for (String n : System.getProperty("accounts", "1,2,4,8").split(",")) {
            accountCounts.add(Integer.parseInt(n.trim()));
        }
        long spacing = REAL_SPACING_MILLIS / speedup;
        SimulatorOptions options = SimulatorOptions.builder().sendInterval(Duration.ofMillis(spacing))
                .sendJitter(Duration.ZERO).rateLimitEnabled(true).checkContract(false).messagingQuota(1_000_000)
                .build();
        try (TimelinesAiSimulator simulator = TimelinesAiSimulator.start(options)) {
            List<String> accounts = BenchmarkAccounts.connected(simulator, accountCounts.stream().mapToInt(Integer::intValue).max()
                    .orElse(1));
            PacingRun.run(simulator, accounts.subList(0, 1), 3, spacing, true); // warm-up, not reported
            System.out.printf("%nPacing benchmark: simulator send spacing %d ms per account (TimelinesAI: ~%d ms, "
                    + "speed-up %d), rate limit 30/s + 10 on, %d messages per account%n%n", spacing,
                    REAL_SPACING_MILLIS, speedup, perAccount);
            System.out.printf("| %8s | %-19s | %8s | %9s | %8s | %8s |%n", "accounts", "pacing", "messages", "seconds",
                    "msg/s", "speed-up");
            System.out.printf("|%s|%s|%s|%s|%s|%s|%n", "-".repeat(10), "-".repeat(21), "-".repeat(10), "-".repeat(11),
                    "-".repeat(10), "-".repeat(10));
            for (int n : accountCounts) {
                List<String> senders = accounts.subList(0, n);
                long global = PacingRun.run(simulator, senders, perAccount, spacing, false);
                long perAcc = PacingRun.run(simulator, senders, perAccount, spacing, true);
                row(n, "one global throttle", n * perAccount, global, 1.0);
                row(n, "per account", n * perAccount, perAcc, (double) global / perAcc);
            }
            System.out.println();
        }
    }

    private static void row(int accounts, String pacing, int messages, long millis, double speedup) {
        System.out.printf("| %8d | %-19s | %8d | %9.2f | %8.2f | %7.2fx |%n", accounts, pacing, messages,
                millis / 1000.0, messages * 1000.0 / millis, speedup);
    }
}
