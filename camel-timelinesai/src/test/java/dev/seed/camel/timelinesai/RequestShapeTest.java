package dev.seed.camel.timelinesai;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of requests the simulator's contract check cannot see: multipart uploads (fields, file names,
 * caption, streaming) and the JSON of sends, captured by a local stand-in server.
 */
class RequestShapeTest extends CamelTestSupport {
    private HttpServer server;
    private final List<Captured> captured = new CopyOnWriteArrayList<>();

    private record Captured(String method, String path, String contentType, String transferEncoding, String body) {
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api", this::answer);
        server.start();
        CamelContext context = super.createCamelContext();
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setBaseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
        component.setToken("shape-token");
        context.addComponent("timelinesai", component);
        return context;
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
        String path = ex.getRequestURI().getPath().substring(4);
        captured.add(new Captured(ex.getRequestMethod(), path, ex.getRequestHeaders().getFirst("Content-Type"),
                ex.getRequestHeaders().getFirst("Transfer-Encoding"), body));
        String json = path.equals("/files_upload")
                ? "{\"status\":\"ok\",\"data\":{\"uid\":\"f-1\",\"filename\":\"x\",\"size\":3,\"mimetype\":\"text/plain\","
                        + "\"uploaded_by_email\":\"a@b\",\"uploaded_at\":\"2026-01-01 00:00:00 +0000\","
                        + "\"temporary_download_url\":\"http://x\"}}"
                : "{\"status\":\"ok\",\"data\":{\"message_uid\":\"m-1\"}}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Test
    void fileToAChatIsOneFileMessageWithCaption(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("Grüße.txt"), "Terms");
        template.sendBodyAndHeader("timelinesai:messages/send?chatId=5&contentType=text/plain", file,
                TimelinesAiConstants.TEXT, "Please read");
        assertThat(captured).singleElement().satisfies(c -> {
            assertThat(c.method()).isEqualTo("POST");
            assertThat(c.path()).isEqualTo("/chats/5/file_message");
            assertThat(c.contentType()).startsWith("multipart/form-data;").contains("boundary=");
            assertThat(c.body()).contains("name=\"file\"; filename=\"Gr%C3%BC%C3%9Fe.txt\"").contains("Terms")
                    .contains("name=\"filename\"").contains(new String("Grüße.txt".getBytes(StandardCharsets.UTF_8),
                            StandardCharsets.ISO_8859_1))
                    .contains("name=\"caption\"").contains("Please read")
                    .contains("name=\"content_type\"").contains("text/plain");
        });
    }

    @Test
    void streamBodyIsUploadedChunkedThenSentByFileUid() {
        template.sendBodyAndHeader("timelinesai:messages/send?phone=+14155550100&fileName=data.csv",
                new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)), TimelinesAiConstants.TEXT,
                "Your data");
        assertThat(captured).hasSize(2);
        Captured upload = captured.get(0);
        assertThat(upload.path()).isEqualTo("/files_upload");
        assertThat(upload.transferEncoding()).as("a stream is not buffered to learn its length").isEqualTo("chunked");
        assertThat(upload.body()).contains("name=\"file\"; filename=\"data.csv\"").contains("a,b\n1,2")
                .contains("name=\"filename\"").doesNotContain("name=\"caption\"");
        Captured send = captured.get(1);
        assertThat(send.path()).isEqualTo("/messages");
        assertThat(send.contentType()).isEqualTo("application/json; charset=UTF-8");
        assertThat(send.body()).isEqualTo("{\"text\":\"Your data\",\"file_uid\":\"f-1\",\"phone\":\"+14155550100\"}");
    }

    @Test
    void voiceNoteHasOnlyTheFilePart() {
        template.sendBodyAndHeader("timelinesai:messages/sendVoice?fileName=v.ogg&contentType=audio/ogg",
                new byte[] { 'O', 'g', 'g', 'S' }, TimelinesAiConstants.CHAT_ID, 7L);
        assertThat(captured).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("/chats/7/voice_message");
            assertThat(c.body()).contains("name=\"file\"; filename=\"v.ogg\"").contains("audio/ogg")
                    .doesNotContain("name=\"filename\"");
        });
    }

    @Test
    void jidSendCarriesSenderReplyAndLabel() {
        template.sendBodyAndHeaders("timelinesai:messages/send?label=vip&replyTo=m-0", "Hi group", java.util.Map.of(
                TimelinesAiConstants.JID, "120363025246125486@g.us",
                TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, "+14155550101"));
        assertThat(captured).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("/messages/to_jid");
            assertThat(c.body()).isEqualTo("{\"text\":\"Hi group\",\"label\":\"vip\",\"jid\":\"120363025246125486@g.us\","
                    + "\"whatsapp_account_phone\":\"+14155550101\",\"reply_to\":\"m-0\"}");
        });
    }

    @Test
    void plusOfAPhoneInTheUriIsKept() {
        template.sendBody("timelinesai:messages/send?phone=+14155550100&whatsappAccountPhone=%2B14155550101", "Hi");
        template.sendBody("timelinesai:chats/list?whatsappPhone=+14155550100,+14155550102", null);
        assertThat(captured.get(0).body()).isEqualTo("{\"text\":\"Hi\",\"phone\":\"+14155550100\","
                + "\"whatsapp_account_phone\":\"+14155550101\"}");
        assertThat(captured.get(1).path()).isEqualTo("/chats");
    }
}
