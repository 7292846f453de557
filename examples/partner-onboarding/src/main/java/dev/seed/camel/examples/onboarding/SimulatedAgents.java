package dev.seed.camel.examples.onboarding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;

/**
 * The demo's agents: read the QR links the routes wrote, "scan" each through the simulator's admin API (which
 * fires {@code whatsapp_account:connected}), then wait until the routes sent a welcome message per connection.
 */
final class SimulatedAgents {
    private final TimelinesAiSimulator simulator;
    private final Path output;

    SimulatedAgents(TimelinesAiSimulator simulator, Path output) {
        this.simulator = simulator;
        this.output = output;
    }

    /** Returns the summary line, or null when the welcomes did not all go out within {@code timeout}. */
    String scanAndWait(Duration timeout) throws IOException, InterruptedException {
        List<String[]> links = links();
        int phone = 3001;
        for (String[] link : links) {
            String number = "+1415555" + phone++;
            System.out.println("(simulated agent " + link[1] + " scans " + link[2] + " with WhatsApp " + number + ")");
            simulator.admin().connectQr(link[2], number);
        }
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            long welcomes = simulator.admin().sentMessages().stream()
                    .filter(m -> m.text() != null && m.text().startsWith("Welcome to WhatsApp support")).count();
            long connected = simulator.admin().partnerDeliveries("whatsapp_account:connected").stream()
                    .filter(d -> d.success()).count();
            if (welcomes >= links.size() && connected >= links.size()) {
                return "ONBOARDING SUMMARY workspace=" + links.get(0)[0] + " qr_links=" + links.size()
                        + " connected=" + connected + " welcome_messages=" + welcomes;
            }
            Thread.sleep(250);
        }
        return null;
    }

    /** {workspace id, agent name, link} of every {@code qr-links.txt} line under the output folder. */
    private List<String[]> links() throws IOException {
        List<String[]> links = new ArrayList<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("qr-links.txt")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] fields = line.split("\t");
                    if (fields.length >= 3) {
                        links.add(new String[] {file.getParent().getFileName().toString(), fields[1], fields[2]});
                    }
                }
            }
        }
        if (links.isEmpty()) {
            throw new IllegalStateException("No QR links were written under " + output);
        }
        return links;
    }
}
