package dev.seed.camel.examples.yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import org.apache.camel.main.Main;

/**
 * Runs the YAML routes ({@code routes/*.camel.yaml}) on Camel Main: against TimelinesAI when
 * {@code TIMELINESAI_TOKEN} is set, else as a demo on the embedded simulator that stops by itself.
 */
public final class YamlRoutesMain {

    private YamlRoutesMain() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("TIMELINESAI_TOKEN") != null) {
            new Main().run(args);
            return;
        }
        try (TimelinesAiSimulator simulator = TimelinesAiSimulator.start(SimulatorOptions.builder()
                .host("127.0.0.1").port(0).sendInterval(Duration.ofMillis(300)).sendJitter(Duration.ZERO).build())) {
            YamlDemo demo = new YamlDemo(simulator, Files.createTempDirectory("yaml-broadcast"),
                    "jdbc:h2:mem:yaml-helpdesk;DB_CLOSE_DELAY=-1");
            String summary = demo.run(Duration.ofMinutes(3));
            System.out.println(summary);
        }
    }

}
