package dev.seed.camel.timelinesai.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;
import dev.seed.camel.timelinesai.simulator.files.FileKind;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FileSendApiTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private static final byte[] PDF = "%PDF-1.4 invoice".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OGG = "OggS voice".getBytes(StandardCharsets.US_ASCII);

    private TimelinesAiSimulator sim;
    private ApiClient api;
    private long chatId;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        api = ApiClient.http11(sim);
        chatId = Seeded.customerId(sim, 1);
    }

    /**
     * The form parser consumes a multipart body before the contract check sees it, so the check reports the
     * required body of the multipart send endpoints as missing (the same gap as {@code /files_upload}).
     */
    private static final Predicate<ContractViolation> MULTIPART_SEND_BODY_UNSEEN = v -> v.direction().equals("request")
            && (v.path().endsWith("/file_message") || v.path().endsWith("/voice_message"))
            && v.problem().startsWith("validation.request.body.missing");

    private List<ContractViolation> misfits() {
        return ContractGaps.besides(sim, MULTIPART_SEND_BODY_UNSEEN);
    }

    @Test
    void sendsADocumentWithCaptionAndStoresTheFile() {
        ApiClient.Result r = new Multipart().file("file", "upload.bin", "application/octet-stream", PDF)
                .field("filename", "Invoice-A-1027.pdf").field("content_type", "application/pdf")
                .field("caption", "Here is the invoice").post(api, "/chats/" + chatId + "/file_message");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String uid = r.data().get("message_uid").asText();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> "Delivered".equals(api.get("/messages/" + uid).data().get("status").asText()));
        JsonNode m = api.get("/messages/" + uid).data();
        assertThat(m.get("text").asText()).isEqualTo("Here is the invoice");
        assertThat(m.get("attachment_filename").asText()).isEqualTo("Invoice-A-1027.pdf");
        StoredFile stored = sim.state().message(uid).orElseThrow().attachment();
        assertThat(stored.mimetype()).isEqualTo("application/pdf");
        assertThat(stored.bytes()).isEqualTo(PDF);
        assertThat(sim.state().file(stored.uid())).isPresent();
        JsonNode record = Seeded.admin(sim).get("/sent").json().get(0);
        assertThat(record.get("credits").asInt()).isEqualTo(2);
        assertThat(record.get("endpoint").asText()).isEqualTo("POST /chats/{chat_id}/file_message");
        assertThat(misfits()).isEmpty();
    }

    @Test
    void documentDefaultsToTheMultipartFilenameAndCostsOneCreditWithoutCaption() {
        ApiClient.Result r = new Multipart().file("file", "contract.pdf", "application/pdf", PDF)
                .post(api, "/chats/" + chatId + "/file_message");

        assertThat(r.status()).isEqualTo(200);
        StoredFile stored = sim.state().message(r.data().get("message_uid").asText()).orElseThrow().attachment();
        assertThat(stored.filename()).isEqualTo("contract.pdf");
        assertThat(sim.state().workspace().messagingQuota().used()).isEqualTo(1);
    }

    @Test
    void refusesAFileMessageWithoutFileOrWithOverlongFields() {
        ApiClient.Result noFile = new Multipart().field("caption", "hi").post(api, "/chats/" + chatId + "/file_message");
        ApiClient.Result longCaption = new Multipart().file("file", "a.pdf", "application/pdf", PDF)
                .field("caption", "c".repeat(2001)).post(api, "/chats/" + chatId + "/file_message");
        ApiClient.Result json = api.post("/chats/" + chatId + "/file_message", "{}");
        ApiClient.Result unknownChat = new Multipart().file("file", "a.pdf", "application/pdf", PDF)
                .post(api, "/chats/5/file_message");

        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.json().get("errors").get(0).get("fields").get(0).asText()).isEqualTo("file");
        assertThat(longCaption.status()).isEqualTo(400);
        assertThat(longCaption.json().get("errors").get(0).get("fields").get(0).asText()).isEqualTo("caption");
        assertThat(json.status()).isEqualTo(400);
        assertThat(unknownChat.status()).isEqualTo(404);
        assertThat(unknownChat.json().get("message").asText()).isEqualTo("Whatsapp chat_id \"5\" not found");
        assertThat(sim.state().workspace().messagingQuota().used()).isZero();
    }

    @Test
    void sendsAVoiceNote() {
        ApiClient.Result ogg = new Multipart().file("file", "note.ogg", "audio/ogg", OGG)
                .post(api, "/chats/" + chatId + "/voice_message");
        ApiClient.Result mp3 = new Multipart().file("file", "note.mp3", "audio/mpeg", OGG)
                .post(api, "/chats/" + chatId + "/voice_message");

        assertThat(ogg.status()).as(ogg.body()).isEqualTo(200);
        assertThat(mp3.status()).isEqualTo(200);
        JsonNode m = api.get("/messages/" + ogg.data().get("message_uid").asText()).data();
        assertThat(m.get("has_attachment").asBoolean()).isTrue();
        assertThat(m.get("attachment_filename").asText()).isEqualTo("note.ogg");
        assertThat(m.has("text")).isFalse();
        assertThat(misfits()).isEmpty();
    }

    @Test
    void refusesAVoiceNoteThatIsNotOggOgaOrMp3() {
        ApiClient.Result r = new Multipart().file("file", "note.wav", "audio/wav", OGG)
                .post(api, "/chats/" + chatId + "/voice_message");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("fields").get(0).asText()).isEqualTo("file");
    }

    @Test
    void aTooLargeVoiceNoteIs413() {
        byte[] big = new byte[(int) FileKind.AUDIO.maxBytes() + 1];

        ApiClient.Result r = new Multipart().file("file", "long.ogg", "audio/ogg", big)
                .post(api, "/chats/" + chatId + "/voice_message");

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("status").asText()).isEqualTo("error");
        assertThat(sim.state().workspace().messagingQuota().used()).isZero();
        assertThat(misfits()).isEmpty();
    }
}
