package dev.seed.camel.timelinesai.kamelets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The YAML route and the Pipe of the top README's "Run it in…" section, loaded from the same files the README
 * quotes, run against the simulator (the properties the README gives on the command line set as the test's properties, pointed at the simulator).
 */
class ReadmeSnippetsTest extends KameletTestSupport {
    private static final Path README = Path.of("..", "README.md");
    private static final String STATE_DIR = ".camel-timelinesai";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setToken(SIMULATOR.token());
        component.setBaseUrl(SIMULATOR.baseUrl());
        context.addComponent("timelinesai", component);
        return context;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = super.useOverridePropertiesWithPropertiesComponent();
        p.setProperty("camel.kamelet.timelinesai-source.token", SIMULATOR.token());
        // the Kamelet's own baseUrl default points at TimelinesAI: the simulator stands in for it
        p.setProperty("camel.kamelet.timelinesai-source.baseUrl", SIMULATOR.baseUrl());
        // as the README's camel run command gives it
        p.setProperty("camel.kamelet.timelinesai-source.eventTypes", "message:received:new,chat:new");
        p.setProperty("camel.kamelet.timelinesai-source.pollDelay", "500");
        return p;
    }

    @Override
    protected boolean useJmx() {
        return false;
    }

    @Test
    void yamlAutoReplyAnswersInTheChat() throws Exception {
        assertThat(Files.readString(README)).contains(Files.readString(Path.of("src/test/resources/readme/auto-reply.camel.yaml")));
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:readme/auto-reply.camel.yaml"));
        awaitFirstPoll();

        SimulatorAdminClient.Inbound inbound = admin().injectInbound("+4930123456", "Reader", "Hello README");

        // the route polls every 10 s
        await().atMost(Duration.ofSeconds(30)).until(() -> admin().sentMessages().stream()
                .anyMatch(m -> m.chatId() == inbound.chatId() && "Thanks, we got your message".equals(m.text())));
    }

    @Test
    void pipeDeliversEventsToItsSink() throws Exception {
        String pipe = Files.readString(Path.of("src/test/resources/readme/whatsapp-events.pipe.yaml"));
        assertThat(Files.readString(README)).contains(pipe);
        NotifyBuilder logged = new NotifyBuilder(context).wereSentTo("log:whatsapp-events").whenDone(1).create();
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:readme/whatsapp-events.pipe.yaml"));
        awaitFirstPoll();

        admin().injectInbound("+4930123457", "Piper", "Hello Pipe");

        await().atMost(Duration.ofSeconds(15)).until(logged::matches);
    }

    /**
     * The first poll of a poll consumer only records where the workspace stands, in the default cursor file under
     * {@value #STATE_DIR} of the working directory: wait until it is written.
     */
    private static void awaitFirstPoll() {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try (Stream<Path> files = Files.exists(Path.of(STATE_DIR)) ? Files.list(Path.of(STATE_DIR)) : Stream.empty()) {
                return files.findAny().isPresent();
            }
        });
    }

    @BeforeEach
    @AfterEach
    void removeTheDefaultCursorFiles() throws IOException {
        Path dir = Path.of(STATE_DIR);
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
