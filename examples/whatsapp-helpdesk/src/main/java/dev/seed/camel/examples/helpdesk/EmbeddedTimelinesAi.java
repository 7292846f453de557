package dev.seed.camel.examples.helpdesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;

/**
 * The demo's TimelinesAI: the simulator, in-process on a free port, with its seeded workspace (three WhatsApp
 * accounts, three teammates, sixty chats) and a short send interval so the demo does not wait.
 */
public final class EmbeddedTimelinesAi implements AutoCloseable {
    private final TimelinesAiSimulator simulator;

    private EmbeddedTimelinesAi(TimelinesAiSimulator simulator) {
        this.simulator = simulator;
    }

    public static EmbeddedTimelinesAi start() {
        return new EmbeddedTimelinesAi(TimelinesAiSimulator.start(SimulatorOptions.builder()
                .host("127.0.0.1").port(0)
                .sendInterval(Duration.ofMillis(300)).sendJitter(Duration.ofMillis(100))
                .build()));
    }

    /** Wraps a simulator someone else started (tests), which they also close. */
    public static EmbeddedTimelinesAi of(TimelinesAiSimulator simulator) {
        return new EmbeddedTimelinesAi(simulator);
    }

    public TimelinesAiSimulator simulator() {
        return simulator;
    }

    /** Copies the demo's customer CSV into {@code dir}, where the broadcast route picks it up. */
    public static void dropDemoCsv(Path dir) {
        try (InputStream in = EmbeddedTimelinesAi.class.getClassLoader().getResourceAsStream("demo/customers.csv")) {
            if (in == null) {
                throw new IllegalStateException("demo/customers.csv is not on the classpath");
            }
            Files.createDirectories(dir);
            Path part = dir.resolve("customers.csv.part");
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, dir.resolve("customers.csv"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo CSV into " + dir, e);
        }
    }

    @Override
    public void close() {
        simulator.close();
    }
}
