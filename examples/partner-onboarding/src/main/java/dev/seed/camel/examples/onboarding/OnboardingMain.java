package dev.seed.camel.examples.onboarding;

import java.nio.file.Path;
import java.time.Duration;

import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;

/**
 * Provisions a customer through the Partner API. With {@code TIMELINESAI_PARTNER_ID} and
 * {@code TIMELINESAI_PARTNER_SECRET} against TimelinesAI (runs until stopped, or {@code --duration}); else
 * against the embedded simulator, where the QR links are "scanned" through its admin API and it stops by itself.
 * Options: {@code --company=NAME}, {@code --output=DIR}, {@code --duration=SECONDS}.
 */
public final class OnboardingMain {

    private OnboardingMain() {
    }

    public static void main(String[] args) throws Exception {
        String company = "Acme Dental";
        Path output = Path.of("qr-links");
        Duration duration = null;
        for (String arg : args) {
            if (arg.startsWith("--company=")) {
                company = arg.substring("--company=".length());
            } else if (arg.startsWith("--output=")) {
                output = Path.of(arg.substring("--output=".length()));
            } else if (arg.startsWith("--duration=")) {
                duration = Duration.ofSeconds(Long.parseLong(arg.substring("--duration=".length())));
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("Unknown option " + arg + " (options: --company=NAME --output=DIR --duration=SECONDS)");
            }
        }
        if (System.getenv("TIMELINESAI_PARTNER_ID") != null) {
            new OnboardingApplication(company, output, null).runAgainstTimelinesAi(duration);
            return;
        }
        try (TimelinesAiSimulator simulator = TimelinesAiSimulator.start(SimulatorOptions.builder()
                .host("127.0.0.1").port(0).sendInterval(Duration.ofMillis(300)).build())) {
            System.out.println(new OnboardingApplication(company, output, simulator).runDemo(Duration.ofMinutes(2)));
        }
    }
}
