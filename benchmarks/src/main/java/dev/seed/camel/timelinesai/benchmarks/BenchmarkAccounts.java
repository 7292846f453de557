package dev.seed.camel.timelinesai.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.seed.camel.timelinesai.simulator.Seeder;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

/** The WhatsApp accounts a pacing run sends from. */
final class BenchmarkAccounts {
    private BenchmarkAccounts() {
    }

    /** The seeded accounts, plus more connected ones until there are {@code count}. */
    static List<String> connected(TimelinesAiSimulator simulator, int count) {
        List<String> phones = new ArrayList<>(Seeder.ACCOUNT_PHONES);
        for (int i = phones.size(); i < count; i++) {
            String phone = String.format("+1415555%04d", 200 + i);
            simulator.state().addAccount(new WhatsAppAccount(phone, "Benchmark " + i, "Benchmark", "bench" + i
                    + "@example.com", Instant.now()));
            phones.add(phone);
        }
        return phones.subList(0, count);
    }
}
