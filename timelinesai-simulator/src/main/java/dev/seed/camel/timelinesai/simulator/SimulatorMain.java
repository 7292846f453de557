package dev.seed.camel.timelinesai.simulator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone: {@code java -jar ... [--port=8080] [--send-interval-ms=2000] [--no-rate-limit]}.
 * Prints the base URL and the token, then serves until stopped.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorOptions.Builder builder = SimulatorOptions.builder().port(8080);
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                builder.port(Integer.parseInt(arg.substring("--port=".length())));
            } else if (arg.startsWith("--send-interval-ms=")) {
                builder.sendInterval(Duration.ofMillis(Long.parseLong(arg.substring("--send-interval-ms=".length()))));
            } else if (arg.startsWith("--token=")) {
                builder.token(arg.substring("--token=".length()));
            } else if (arg.startsWith("--partner-id=")) {
                builder.partnerId(arg.substring("--partner-id=".length()));
            } else if (arg.startsWith("--partner-secret=")) {
                builder.partnerSecret(arg.substring("--partner-secret=".length()));
            } else if (arg.startsWith("--partner-webhook-url=")) {
                builder.partnerWebhookUrl(arg.substring("--partner-webhook-url=".length()));
            } else if (arg.equals("--no-rate-limit")) {
                builder.rateLimitEnabled(false);
            } else if (arg.equals("--help")) {
                System.out.println("Options: --port=N (0 = free port) --send-interval-ms=N --token=T --no-rate-limit"
                        + " --partner-id=ID --partner-secret=S --partner-webhook-url=URL");
                return;
            } else {
                System.err.println("Unknown option " + arg + " (try --help)");
                System.exit(2);
            }
        }
        TimelinesAiSimulator simulator = TimelinesAiSimulator.start(builder.build());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        System.out.println("TimelinesAI simulator is running");
        System.out.println("  Public API base URL: " + simulator.baseUrl());
        System.out.println("  API token:           " + simulator.token());
        System.out.println("  Admin API:           " + simulator.rootUrl() + TimelinesAiSimulator.ADMIN_PREFIX);
        System.out.println("  Partner API:         " + simulator.partner().baseUrl() + " (partner id "
                + simulator.partner().settings().partnerId() + ")");
        System.out.println("Try: curl -H 'Authorization: Bearer " + simulator.token() + "' " + simulator.baseUrl() + "/whatsapp_accounts");
        stopped.await();
    }
}
