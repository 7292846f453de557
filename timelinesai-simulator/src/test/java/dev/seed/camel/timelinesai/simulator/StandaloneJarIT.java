package dev.seed.camel.timelinesai.simulator;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The standalone jar ({@code java -jar timelinesai-simulator-<version>-standalone.jar}) starts on a free port, logs
 * through a real backend and answers the README's curl line. Run in the package phase, after the jar is built.
 */
class StandaloneJarIT {
    private static final Pattern BASE_URL = Pattern.compile("Public API base URL: (http://\\S+)");
    private static final Pattern TOKEN = Pattern.compile("API token: +(\\S+)");

    @Test
    void theJarStartsAndAnswersTheReadmeCurlLine() throws Exception {
        String jarProperty = System.getProperty("standalone.jar");
        assumeTrue(jarProperty != null, "standalone.jar is set by the build's package-phase run");
        Path jar = Path.of(jarProperty);
        assertThat(jar).exists();
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");

        Process process = new ProcessBuilder(javaBin.toString(), "-jar", jar.toString(), "--port=0")
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        }, "standalone-jar-output");
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> output.stream().anyMatch(l -> l.startsWith("Try: curl"))
                    || !process.isAlive());
            assertThat(process.isAlive()).as("the simulator runs; its output: %s", output).isTrue();
            String baseUrl = find(BASE_URL, output);
            String token = find(TOKEN, output);

            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/whatsapp_accounts"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode body = new ObjectMapper().readTree(answer.body());
            assertThat(body.path("status").asText()).isEqualTo("ok");
            assertThat(body.path("data").path("whatsapp_accounts")).hasSize(3);
            assertThat(output).as("a real logging backend logs the start").anyMatch(l -> l.contains("TimelinesAI simulator listening on"))
                    .anyMatch(l -> l.contains("Contract checks o"))
                    .noneMatch(l -> l.startsWith("SLF4J"));
            assertThat(output.stream().filter(l -> l.contains("Contract checks o"))).as("one line says how contracts are checked")
                    .hasSize(1);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            reader.join(5_000);
        }
    }

    private static String find(Pattern pattern, List<String> output) {
        for (String line : output) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("No line matches " + pattern + " in " + output);
    }
}
