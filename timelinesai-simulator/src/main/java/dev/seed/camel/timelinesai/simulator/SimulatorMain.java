package dev.seed.camel.timelinesai.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import dev.seed.camel.timelinesai.simulator.contract.SpecFolder;

/**
 * Runs the simulator standalone: {@code java -jar timelinesai-simulator-<version>-standalone.jar [--port=8080] ...}
 * (or {@code mvn exec:java}). Prints the base URL and the token, then serves until stopped.
 */
public final class SimulatorMain {
    /** Log4j 2 configuration used when the caller names none: INFO to the console. */
    static final String LOG_CONFIG = "timelinesai-simulator-log4j2.xml";
    private static final String USAGE = "Options: --port=N (0 = free port) --send-interval-ms=N --token=T --no-rate-limit"
            + " --partner-id=ID --partner-secret=S --partner-webhook-url=URL --spec-dir=DIR --no-contract-check\n"
            + "The vendor's OpenAPI specs (for contract checks) are read from --spec-dir, else from the system property "
            + SpecFolder.PROPERTY + ", else from the environment variable " + SpecFolder.ENV + ".";

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("log4j2.configurationFile") == null
                && SimulatorMain.class.getClassLoader().getResource(LOG_CONFIG) != null) {
            System.setProperty("log4j2.configurationFile", LOG_CONFIG);
        }
        SimulatorOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + " (try --help)");
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(USAGE);
            return;
        }
        TimelinesAiSimulator simulator = TimelinesAiSimulator.start(options);
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

    /** The options of a command line; null for {@code --help}. Bad input is an IllegalArgumentException naming it. */
    static SimulatorOptions parse(String[] args) {
        SimulatorOptions.Builder builder = SimulatorOptions.builder().port(8080);
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                builder.port(number(arg, "--port="));
            } else if (arg.startsWith("--send-interval-ms=")) {
                builder.sendInterval(Duration.ofMillis(number(arg, "--send-interval-ms=")));
            } else if (arg.startsWith("--token=")) {
                builder.token(arg.substring("--token=".length()));
            } else if (arg.startsWith("--partner-id=")) {
                builder.partnerId(arg.substring("--partner-id=".length()));
            } else if (arg.startsWith("--partner-secret=")) {
                builder.partnerSecret(arg.substring("--partner-secret=".length()));
            } else if (arg.startsWith("--partner-webhook-url=")) {
                builder.partnerWebhookUrl(arg.substring("--partner-webhook-url=".length()));
            } else if (arg.startsWith("--spec-dir=")) {
                builder.specDir(Path.of(arg.substring("--spec-dir=".length())));
            } else if (arg.equals("--no-contract-check")) {
                builder.checkContract(false);
            } else if (arg.equals("--no-rate-limit")) {
                builder.rateLimitEnabled(false);
            } else if (arg.equals("--help")) {
                return null;
            } else {
                throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        return builder.build();
    }

    private static int number(String arg, String prefix) {
        try {
            return Integer.parseInt(arg.substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + arg + " needs a whole number");
        }
    }
}
