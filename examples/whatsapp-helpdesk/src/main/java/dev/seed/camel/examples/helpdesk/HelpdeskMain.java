package dev.seed.camel.examples.helpdesk;

/**
 * Runs the WhatsApp help desk: against the real TimelinesAI when {@code TIMELINESAI_TOKEN} is set, else as a
 * self-running demo on the embedded simulator. Options: {@code --duration=5m}, {@code --port=8080},
 * {@code --db=jdbc:h2:...}, {@code --broadcast-dir=DIR}.
 */
public final class HelpdeskMain {

    private HelpdeskMain() {
    }

    public static void main(String[] args) throws Exception {
        HelpdeskSettings settings = HelpdeskSettings.from(args, System.getenv());
        if (!settings.simulated()) {
            new HelpdeskApplication(settings, null).run();
            return;
        }
        try (EmbeddedTimelinesAi embedded = EmbeddedTimelinesAi.start()) {
            new HelpdeskApplication(settings, embedded).run();
        }
    }
}
