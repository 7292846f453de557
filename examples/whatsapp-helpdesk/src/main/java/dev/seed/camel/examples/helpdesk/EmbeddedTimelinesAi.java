package dev.seed.camel.examples.helpdesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import dev.seed.camel.timelinesai.simulator.waba.WabaTemplate;

/**
 * The demo's TimelinesAI: the simulator, in-process on a free port, with its seeded workspace (three WhatsApp
 * accounts, three teammates, sixty chats, WhatsApp Business Platform accounts) plus the help desk's approved
 * answer template, and a short send interval so the demo does not wait.
 */
public final class EmbeddedTimelinesAi implements AutoCloseable {
    /** The WhatsApp Business Platform account the demo's WABA customer writes to (seeded, active). */
    public static final long WABA_ACCOUNT = WabaSeeder.ACCOUNT_ACTIVE;
    /** The id the help desk's answer template gets in the simulator (the seeded ones are 501-508). */
    static final long ANSWER_TEMPLATE_ID = 601;

    private final TimelinesAiSimulator simulator;

    private EmbeddedTimelinesAi(TimelinesAiSimulator simulator) {
        this.simulator = simulator;
        addAnswerTemplate(simulator);
    }

    public static EmbeddedTimelinesAi start() {
        return new EmbeddedTimelinesAi(TimelinesAiSimulator.start(SimulatorOptions.builder()
                .host("127.0.0.1").port(0)
                .sendInterval(Duration.ofMillis(300)).sendJitter(Duration.ofMillis(100))
                .build()));
    }

    /** Wraps a simulator someone else started (tests), which they also close; adds the answer template to it. */
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

    /**
     * The template the help desk answers with once a WABA customer's window has closed ({@code ticket_update},
     * en_US, approved, of the account's WABA profile), as a business creates it in WhatsApp Manager.
     */
    private static void addAnswerTemplate(TimelinesAiSimulator simulator) {
        ArrayNode components = Json.array();
        components.addObject().put("type", "HEADER").put("format", "TEXT").put("text", "Ticket {{1}}");
        components.addObject().put("type", "BODY").put("text", "Hi {{1}}, here is the answer to your ticket {{2}}: {{3}}");
        components.addObject().put("type", "FOOTER").put("text", "Reply to this message to write to the help desk");
        simulator.state().waba().putTemplate(new WabaTemplate(ANSWER_TEMPLATE_ID, "1363720662277601", "ticket_update",
                "en_US", "UTILITY", "POSITIONAL", WabaSeeder.PROFILE_MAIN, components, simulator.state().now(),
                "APPROVED"));
    }

    @Override
    public void close() {
        simulator.close();
    }
}
