package dev.seed.camel.timelinesai.benchmarks;

import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiPacedSendRouteTemplate;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One measured run: a fresh CamelContext with the {@code timelinesai-paced-send} template, {@code perAccount}
 * messages for each account queued account by account, paced either per account (correlated on the sender
 * header) or globally (correlated on a header every message shares); the time is from the first message queued to
 * the last one accepted by the simulator.
 */
final class PacingRun {
    /** A header every message carries with the same value: correlating on it gives one global pace. */
    static final String SAME_FOR_ALL = "BenchmarkPaceKey";

    private PacingRun() {
    }

    /** Returns the elapsed milliseconds. */
    static long run(TimelinesAiSimulator simulator, List<String> accounts, int perAccount, long intervalMillis,
                    boolean perAccountPacing) throws Exception {
        int expected = simulator.admin().sent().size() + accounts.size() * perAccount;
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            TimelinesAiComponent component = new TimelinesAiComponent();
            component.setBaseUrl(simulator.baseUrl());
            component.setToken(simulator.token());
            context.addComponent("timelinesai", component);
            context.addRoutes(new TimelinesAiPacedSendRouteTemplate());
            context.start();
            TemplatedRouteBuilder.builder(context, TimelinesAiPacedSendRouteTemplate.TEMPLATE_ID)
                    .parameter(TimelinesAiPacedSendRouteTemplate.SOURCE, "seda:bulk?size=100000")
                    .parameter(TimelinesAiPacedSendRouteTemplate.INTERVAL, Long.toString(intervalMillis))
                    .parameter(TimelinesAiPacedSendRouteTemplate.ACCOUNT_HEADER,
                            perAccountPacing ? TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE : SAME_FOR_ALL)
                    .add();
            ProducerTemplate producer = context.createProducerTemplate();
            long start = System.nanoTime();
            for (int a = 0; a < accounts.size(); a++) {
                for (int m = 0; m < perAccount; m++) {
                    producer.sendBodyAndHeaders("seda:bulk", "Benchmark message " + m, Map.of(
                            TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, accounts.get(a),
                            TimelinesAiConstants.PHONE, String.format("+1555%02d%05d", a, m),
                            SAME_FOR_ALL, "all"));
                }
            }
            while (simulator.admin().sent().size() < expected) {
                Thread.sleep(20);
            }
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
