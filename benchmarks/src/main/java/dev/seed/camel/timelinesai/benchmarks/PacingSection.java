package dev.seed.camel.timelinesai.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;

/**
 * Benchmark 3: M messages per account through N WhatsApp accounts of the simulator with the
 * {@code timelinesai-paced-send} template ({@link PacingRun}), paced per account and with one global throttle,
 * the simulator's ~2 s per-account spacing shortened by a known factor. The limit is N messages per spacing; the
 * achieved fraction of it counts the M - 1 spacings each account must wait (its first message leaves at once).
 */
final class PacingSection {
    private static final long REAL_SPACING_MILLIS = 2000;
    private static final double GOAL = 0.95;

    private PacingSection() {
    }

    static void run(Report report, boolean quick) throws Exception {
        int[] accountCounts = quick ? new int[] {2} : new int[] {1, 2, 4, 8};
        int perAccount = quick ? 3 : 10;
        int speedup = quick ? 20 : 5;
        long spacing = REAL_SPACING_MILLIS / speedup;
        SimulatorOptions options = SimulatorOptions.builder().sendInterval(Duration.ofMillis(spacing))
                .sendJitter(Duration.ZERO).rateLimitEnabled(true).checkContract(false).messagingQuota(1_000_000)
                .build();
        List<Map<String, Object>> rows = new ArrayList<>();
        double worst = Double.MAX_VALUE;
        int worstAt = 0;
        try (TimelinesAiSimulator simulator = TimelinesAiSimulator.start(options)) {
            List<String> accounts = BenchmarkAccounts.connected(simulator, accountCounts[accountCounts.length - 1]);
            PacingRun.run(simulator, accounts.subList(0, 1), 3, spacing, true); // warm-up, not reported
            for (int n : accountCounts) {
                List<String> senders = accounts.subList(0, n);
                long global = PacingRun.run(simulator, senders, perAccount, spacing, false);
                long perAcc = PacingRun.run(simulator, senders, perAccount, spacing, true);
                rows.add(row(n, "one global throttle", perAccount, spacing, global, global));
                rows.add(row(n, "per account", perAccount, spacing, perAcc, global));
                double fraction = (perAccount - 1) * spacing / (double) perAcc;
                if (fraction < worst) {
                    worst = fraction;
                    worstAt = n;
                }
            }
        }
        report.table("pacing", "3. Pacing (timelinesai-paced-send, per-account vs one global throttle)",
                String.format(Locale.ROOT, "Simulator send spacing %d ms per account (TimelinesAI ~%d ms, shortened %dx, "
                        + "no jitter), its 30/s + 10 rate limit on; %d messages per account queued account by account "
                        + "into the template; time from the first queued to the last accepted by the simulator. "
                        + "Limit = N accounts / spacing (scaled: x%d of TimelinesAI's N/2 msg/s). Fraction of limit = "
                        + "(M - 1) x spacing / time (each account's first message leaves at once).", spacing,
                        REAL_SPACING_MILLIS, speedup, perAccount, speedup),
                List.of("accounts", "pacing", "messages", "seconds", "msg/s", "limit msg/s", "fraction of limit",
                        "speed-up vs global"),
                rows);
        report.goal("3. Pacing", "per-account pacing within 5 % of the N/spacing limit (every N)",
                String.format(Locale.ROOT, "worst %.1f %% of the limit (N = %d)", worst * 100, worstAt), worst >= GOAL);
    }

    private static Map<String, Object> row(int accounts, String pacing, int perAccount, long spacing, long millis,
                                           long globalMillis) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("accounts", accounts);
        row.put("pacing", pacing);
        row.put("messages", accounts * perAccount);
        row.put("seconds", millis / 1000.0);
        row.put("msg/s", accounts * perAccount * 1000.0 / millis);
        row.put("limit msg/s", accounts * 1000.0 / spacing);
        row.put("fraction of limit", (perAccount - 1) * spacing / (double) millis);
        row.put("speed-up vs global", (double) globalMillis / millis);
        return row;
    }
}
