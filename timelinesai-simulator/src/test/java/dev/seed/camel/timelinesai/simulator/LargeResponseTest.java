package dev.seed.camel.timelinesai.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of chats span several HTTP/2 frames; with cleartext HTTP/2 upgrades on, the JDK client's default
 * upgrade stalled on about one such page in five. Fresh clients (each upgrading anew) must all get their page.
 */
class LargeResponseTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create();

    @Test
    void freshDefaultJdkClientsAlwaysGetAFullChatPage() throws Exception {
        TimelinesAiSimulator sim = SIM.simulator();
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/chats"))
                .header("Authorization", "Bearer " + sim.token()).GET().build();
        int complete = 0;
        for (int i = 0; i < 30; i++) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body().length()).isGreaterThan(16_384);
            complete++;
        }
        assertThat(complete).isEqualTo(30);
    }
}
