package dev.seed.camel.timelinesai.kamelets;

import java.io.IOException;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin.SentMessage;
import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.main.KameletMain;
import org.apache.camel.spi.PropertiesFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The YAML route and the Pipe of the top README's "Run it in…" section, run as {@code camel run} runs them: on
 * camel-kamelet-main's {@link KameletMain}, from the files the README quotes, with exactly the {@code --prop}
 * values of the README's {@code camel run} commands plus what its "Try them on the simulator" part adds (the
 * simulator's base URL, {@code TIMELINESAI_TOKEN} set to the simulator's token). The simulator listens on a free
 * port instead of 8080.
 */
class ReadmeSnippetsTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private static final Path README = Path.of("..", "README.md");
    private static final Path SNIPPETS = Path.of("src", "test", "resources", "readme");
    /** Where the poll consumer keeps its cursor when no pollStateFile is given, as the README says. */
    private static final Path STATE_DIR = Path.of(".camel-timelinesai");
    private static final String README_SIMULATOR_ROOT = "http://127.0.0.1:8080";

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private KameletMain main;

    @Test
    void yamlAutoReplyAnswersInTheChatAndLogsIt() throws Exception {
        start("auto-reply.camel.yaml");
        awaitFirstPoll();

        MessagingAdmin.Inbound inbound = admin().injectInbound("+4930123456", "Reader", "Hello README");

        // the route polls every 10 s
        await().atMost(Duration.ofSeconds(30)).until(() -> admin().sentMessages().stream()
                .anyMatch(m -> m.chatId() == inbound.chatId() && "Thanks, we got your message".equals(m.text())));
        SentMessage answer = admin().sentMessages().stream().filter(m -> m.chatId() == inbound.chatId())
                .findFirst().orElseThrow();
        await().atMost(Duration.ofSeconds(5)).until(() -> logged.contains(
                "Answered chat " + inbound.chatId() + " with message " + answer.messageUid()));
    }

    @Test
    void pipeLogsTheEvents() throws Exception {
        start("whatsapp-events.pipe.yaml");
        awaitFirstPoll();

        MessagingAdmin.Inbound inbound = admin().injectInbound("+4930123457", "Piper", "Hello Pipe");

        // the Pipe polls every 10 s; the README's run command asks for chat:new too
        await().atMost(Duration.ofSeconds(30)).until(() -> logged.stream()
                .anyMatch(l -> l.contains("\"message_uid\":\"" + inbound.messageUid() + "\"")
                        && l.contains("Hello Pipe")));
        await().atMost(Duration.ofSeconds(5)).until(() -> logged.stream()
                .anyMatch(l -> l.contains("\"event_type\":\"chat:new\"") && l.contains("Piper")));
    }

    @Test
    void theReadmesSimulatorTokenIsTheSimulatorsDefault() throws Exception {
        assertThat(ReadmeCommands.exportedToken(Files.readString(README)))
                .isEqualTo(SimulatorOptions.builder().build().token())
                .isEqualTo(SIMULATOR.token());
    }

    /** Runs the README's snippet {@code file} as {@code camel run} does, with that command's properties. */
    private void start(String file) throws Exception {
        String readme = Files.readString(README);
        String snippet = Files.readString(SNIPPETS.resolve(file));
        assertThat(readme).as("the README quotes " + file).contains(snippet);

        main = new ReadmeMain(Map.of("TIMELINESAI_TOKEN", ReadmeCommands.exportedToken(readme)), logged);
        main.setDownload(false); // the jars are on the test classpath; --dep would fetch them from ~/.m2
        main.addArgumentProperty("camel.main.routesIncludePattern", "file:" + SNIPPETS.resolve(file));
        ReadmeCommands.camelRunProperties(readme, file).forEach(main::addArgumentProperty);
        ReadmeCommands.simulatorProperties(readme).forEach((key, value) -> main.addArgumentProperty(key,
                value.replace(README_SIMULATOR_ROOT, SIMULATOR.simulator().rootUrl())));
        main.start();
        assertThat(main.getCamelContext().getRoutes()).isNotEmpty();
    }

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    private static SimulatorAdminClient admin() {
        return SIMULATOR.simulator().admin();
    }

    /** The first poll only records where the workspace stands, in the default cursor file: wait until it did. */
    private static void awaitFirstPoll() {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            try (Stream<Path> files = Files.exists(STATE_DIR) ? Files.list(STATE_DIR) : Stream.empty()) {
                return files.anyMatch(f -> f.getFileName().toString().startsWith("poll-"));
            }
        });
    }

    @BeforeEach
    @AfterEach
    void removeTheDefaultCursorFiles() throws IOException {
        if (Files.exists(STATE_DIR)) {
            try (Stream<Path> files = Files.walk(STATE_DIR)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    /**
     * KameletMain with the user's environment stood in for ({@code {{env:NAME}}} answers the given variables first)
     * and every log line of the routes recorded.
     */
    private static final class ReadmeMain extends KameletMain {
        private final Map<String, String> environment;
        private final List<String> logged;

        ReadmeMain(Map<String, String> environment, List<String> logged) {
            super("readme-snippets");
            this.environment = environment;
            this.logged = logged;
        }

        @Override
        protected CamelContext createCamelContext() {
            CamelContext context = super.createCamelContext();
            context.getPropertiesComponent().addPropertiesFunction(new PropertiesFunction() {
                @Override
                public String getName() {
                    return "env";
                }

                @Override
                public String apply(String name) {
                    return environment.getOrDefault(name, System.getenv(name));
                }
            });
            context.getCamelContextExtension().addLogListener((exchange, logger, message) -> {
                logged.add(message);
                return message;
            });
            return context;
        }
    }
}
