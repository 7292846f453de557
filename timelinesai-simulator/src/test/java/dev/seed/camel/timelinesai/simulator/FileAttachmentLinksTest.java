package dev.seed.camel.timelinesai.simulator;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import dev.seed.camel.timelinesai.simulator.files.TemporaryFileLinks;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Message attachments, which are not in the workspace's file list, get working temporary URLs too. */
class FileAttachmentLinksTest {
    private static final byte[] VOICE = "OggS-voice-note".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private static StoredFile attachment() {
        return new StoredFile(SimulatorState.newUid(), "voice.ogg", "audio/ogg", VOICE, "carol@acme.example", Instant.now());
    }

    @Test
    void anAttachmentLinkServesTheAttachment() throws Exception {
        String url = TemporaryFileLinks.of(SIM.simulator().context()).issue(attachment());

        HttpResponse<byte[]> r = FilesApiTest.download(url);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(VOICE);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("audio/ogg");
        assertThat(SIM.simulator().state().files()).isEmpty();
    }

    @Test
    void theAttachmentUrlOfAWebhookDeliveryDownloadsTheBytes() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            new ApiClient(SIM.simulator()).post("/webhooks",
                    "{\"event_type\":\"message:received:new\",\"url\":\"" + receiver.url("/hook") + "\"}");
            SimulatorState state = SIM.simulator().state();
            Chat chat = state.chats().stream().filter(c -> !c.isGroup()).findFirst().orElseThrow();
            state.addMessage(chat, Message.builder(SimulatorState.newUid(), chat.id(), state.now()).fromMe(false)
                    .sender(chat.phone(), chat.name()).origin("WhatsApp").attachment(attachment()).build());

            await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.requestsTo("/hook").isEmpty());
            String url = receiver.requestsTo("/hook").get(0).json().path("message").path("attachments").get(0)
                    .path("temporary_download_url").asText();
            HttpResponse<byte[]> r = FilesApiTest.download(url);

            assertThat(url).startsWith(SIM.simulator().rootUrl() + TemporaryFileLinks.PATH_PREFIX);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(VOICE);
        }
    }
}
