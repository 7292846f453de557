package dev.seed.camel.timelinesai.simulator;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Temporary download URLs stop working once {@code fileUrlTtl} has passed (zero here: at once). */
class FileUrlExpiryTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension
            .withOptions(SimulatorOptions.forTests().fileUrlTtl(Duration.ZERO).build());

    @Test
    void anExpiredTemporaryUrlAnswersGone() throws Exception {
        ApiClient api = new ApiClient(SIM.simulator());
        ApiClient.Result uploaded = new Multipart().file("file", "a.txt", "text/plain", "hello".getBytes())
                .post(api, "/files_upload");
        String url = uploaded.data().get("temporary_download_url").asText();

        HttpResponse<byte[]> r = FilesApiTest.download(url);

        assertThat(r.statusCode()).isEqualTo(410);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("has expired");
    }

    @Test
    void aNegativeTtlIsRefused() {
        assertThatThrownBy(() -> SimulatorOptions.builder().fileUrlTtl(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fileUrlTtl");
    }

    @Test
    void theDefaultTtlIsFifteenMinutes() {
        assertThat(SimulatorOptions.builder().build().fileUrlTtl()).isEqualTo(Duration.ofMinutes(15));
    }
}
