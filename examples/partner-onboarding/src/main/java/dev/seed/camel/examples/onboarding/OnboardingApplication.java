package dev.seed.camel.examples.onboarding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.demo.DemoScript;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * The onboarding routes on Camel Main: starts the provisioning of one company, then serves the partner events;
 * against a simulator it also plays the agents scanning their QR links and stops once every welcome went out.
 */
public final class OnboardingApplication {
    private final String company;
    private final Path output;
    private final TimelinesAiSimulator simulator;

    /** {@code simulator}: null for the real Partner API. */
    public OnboardingApplication(String company, Path output, TimelinesAiSimulator simulator) {
        this.company = company;
        this.output = output;
        this.simulator = simulator;
    }

    /** Real service: provisions the company and serves events until stopped or {@code duration} elapsed. */
    public void runAgainstTimelinesAi(Duration duration) throws Exception {
        Main main = newMain();
        if (duration != null) {
            main.addOverrideProperty("camel.main.durationMaxSeconds", String.valueOf(duration.toSeconds()));
        }
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport m) {
                m.getCamelContext().createProducerTemplate().sendBody("direct:onboard", company);
            }
        });
        main.run();
    }

    /** Simulator: provisions, scans every QR link, waits for the welcome messages; returns the summary line. */
    public String runDemo(Duration timeout) throws Exception {
        clear(output);
        int port = DemoScript.freePort();
        Main main = newMain();
        main.addOverrideProperty("camel.component.timelinesai-partner.partner-id", simulator.options().partnerId());
        main.addOverrideProperty("camel.component.timelinesai-partner.partner-secret", simulator.options().partnerSecret());
        main.addOverrideProperty("camel.component.timelinesai-partner.baseUrl", simulator.partner().baseUrl());
        main.addOverrideProperty("camel.component.timelinesai.baseUrl", simulator.baseUrl());
        main.addOverrideProperty("camel.server.host", "127.0.0.1");
        main.addOverrideProperty("camel.server.port", String.valueOf(port));
        simulator.admin().setPartnerWebhookUrl("http://127.0.0.1:" + port + "/timelinesai/partner-events");
        DemoScript demo = new DemoScript("onboarding demo");
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport m) {
                demo.start("onboarding-demo", () -> {
                    m.getCamelContext().createProducerTemplate().sendBody("direct:onboard", company);
                    return new SimulatedAgents(simulator, output).scanAndWait(timeout);
                }, main::completed);
            }
        });
        main.run();
        return demo.summary(timeout);
    }

    private Main newMain() throws IOException {
        Files.createDirectories(output);
        Main main = new Main();
        main.configure().addRoutesBuilder(new OnboardingRoutes());
        main.addOverrideProperty("onboarding.output", output.toAbsolutePath().toString());
        return main;
    }

    /** The demo's output folder starts empty, so only this run's links are scanned. */
    private static void clear(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
