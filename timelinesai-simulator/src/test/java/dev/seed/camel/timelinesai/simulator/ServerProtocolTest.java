package dev.seed.camel.timelinesai.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDK client asks plain-HTTP servers to upgrade to HTTP/2 (h2c) by default; the simulator answers in
 * HTTP/1.1 instead (an upgraded connection used to hang on a page of 50 chats).
 */
class ServerProtocolTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDefaultJdkClientGetsLargePagesOverHttp11() throws Exception {
        for (int i = 0; i < 10; i++) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(SIM.baseUrl() + "/chats"))
                    .header("Authorization", "Bearer " + SIM.token()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(r.body().length()).isGreaterThan(10_000);
        }
    }
}
