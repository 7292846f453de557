package dev.seed.camel.timelinesai.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.Teammate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The files endpoints: multipart and by-URL uploads, size caps, listing, details, deletion and temporary URLs. */
class FilesApiTest {
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}";
    private static final int MB = 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();
    private static LocalFileServer files;

    @BeforeAll
    static void startFileServer() {
        files = new LocalFileServer();
    }

    @AfterAll
    static void stopFileServer() {
        files.close();
    }

    private ApiClient api() {
        return new ApiClient(SIM.simulator());
    }

    private ApiClient.Result uploadPng(String filename) {
        return new Multipart().file("file", filename, "image/png", PNG).post(api(), "/files_upload");
    }

    // ---- POST /files_upload -------------------------------------------------------------------

    @Test
    void multipartUploadStoresTheFileAndAnswersFileInfo() {
        ApiClient.Result r = new Multipart().file("file", "logo.png", "image/png", PNG)
                .field("caption", "ignored here").post(api(), "/files_upload");

        assertThat(r.status()).isEqualTo(200);
        JsonNode file = r.data();
        assertThat(file.get("uid").asText()).matches("[0-9a-f-]{36}");
        assertThat(file.get("filename").asText()).isEqualTo("logo.png");
        assertThat(file.get("size").asLong()).isEqualTo(PNG.length);
        assertThat(file.get("mimetype").asText()).isEqualTo("image/png");
        assertThat(file.get("uploaded_by_email").asText()).isEqualTo("alice@acme.example");
        assertThat(file.get("uploaded_at").asText()).matches(TIMESTAMP);
        assertThat(file.get("temporary_download_url").asText()).startsWith(SIM.simulator().rootUrl() + "/__files/");
        assertThat(SIM.simulator().state().file(file.get("uid").asText())).get()
                .satisfies(f -> assertThat(f.bytes()).isEqualTo(PNG));
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).singleElement().matches(ContractGaps.MULTIPART_BODY_UNSEEN);
    }

    @Test
    void formFieldsOverrideTheNameAndTypeOfThePart() {
        ApiClient.Result r = new Multipart().file("file", "scan.bin", "application/octet-stream", PNG)
                .field("filename", "Invoice 42.pdf").field("content_type", "application/pdf")
                .post(api(), "/files_upload");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("filename").asText()).isEqualTo("Invoice 42.pdf");
        assertThat(r.data().get("mimetype").asText()).isEqualTo("application/pdf");
    }

    @Test
    void anOctetStreamPartGetsItsTypeFromTheFileName() {
        ApiClient.Result r = new Multipart().file("file", "voice.ogg", "application/octet-stream", PNG)
                .post(api(), "/files_upload");

        assertThat(r.data().get("mimetype").asText()).isEqualTo("audio/ogg");
    }

    @Test
    void aFormWithoutTheFilePartIsRefused() {
        ApiClient.Result r = new Multipart().field("filename", "x.png").post(api(), "/files_upload");

        assertValidationError(r, "file");
    }

    @Test
    void aJsonBodyIsNotAnUpload() {
        ApiClient.Result r = api().post("/files_upload", "{\"file\":\"abc\"}");

        assertValidationError(r, "file");
    }

    @Test
    void overLongNamesTypesAndNulCharactersAreRefused() {
        ApiClient.Result longName = new Multipart().file("file", "a.png", "image/png", PNG)
                .field("filename", "x".repeat(1021) + ".png").post(api(), "/files_upload");
        ApiClient.Result longType = new Multipart().file("file", "a.png", "image/png", PNG)
                .field("content_type", "image/" + "x".repeat(135)).post(api(), "/files_upload");
        ApiClient.Result nul = new Multipart().file("file", "a.png", "image/png", PNG)
                .field("filename", "a\u0000.png").post(api(), "/files_upload");
        ApiClient.Result longCaption = new Multipart().file("file", "a.png", "image/png", PNG)
                .field("caption", "c".repeat(2001)).post(api(), "/files_upload");

        assertValidationError(longName, "filename");
        assertThat(longName.json().get("errors").get(0).get("msg").asText()).contains("1024");
        assertValidationError(longType, "content_type");
        assertValidationError(nul, "filename");
        assertThat(nul.json().get("errors").get(0).get("msg").asText()).contains("NUL");
        assertValidationError(longCaption, "caption");
        assertThat(SIM.simulator().state().files()).isEmpty();
    }

    @Test
    void aFilenameOfExactly1024CharactersIsAccepted() {
        String name = "n".repeat(1020) + ".png";
        ApiClient.Result r = new Multipart().file("file", "a.png", "image/png", PNG).field("filename", name)
                .post(api(), "/files_upload");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("filename").asText()).isEqualTo(name);
    }

    @Test
    void anEmptyFileIsRefused() {
        ApiClient.Result r = new Multipart().file("file", "empty.txt", "text/plain", new byte[0]).post(api(), "/files_upload");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error_code").asText()).isEqualTo("validation_error");
        assertThat(r.json().get("message").asText()).isEqualTo("The file is empty");
    }

    @Test
    void imagesAboveSixteenMegabytesAreTooLarge() {
        ApiClient.Result atCap = new Multipart().file("file", "big.png", "image/png", new byte[16 * MB])
                .post(api(), "/files_upload");
        ApiClient.Result overCap = new Multipart().file("file", "bigger.png", "image/png", new byte[16 * MB + 1])
                .post(api(), "/files_upload");

        assertThat(atCap.status()).isEqualTo(200);
        assertThat(overCap.status()).isEqualTo(413);
        assertThat(overCap.json().get("status").asText()).isEqualTo("error");
        assertThat(overCap.json().get("message").asText()).contains("image files may be at most 16 MB");
        assertThat(SIM.simulator().state().files()).hasSize(1);
    }

    @Test
    void documentsMayBeLargerThanImages() {
        ApiClient.Result r = new Multipart().file("file", "manual.pdf", "application/pdf", new byte[17 * MB])
                .post(api(), "/files_upload");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("size").asLong()).isEqualTo(17L * MB);
    }

    // ---- POST /files (by URL) -----------------------------------------------------------------

    @Test
    void uploadByUrlDownloadsTheBytesAndDetectsNameAndType() {
        files.serve("/assets/logo.png", "image/png", PNG);

        ApiClient.Result r = api().post("/files", "{\"download_url\":\"" + files.url("/assets/logo.png") + "\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("filename").asText()).isEqualTo("logo.png");
        assertThat(r.data().get("mimetype").asText()).isEqualTo("image/png");
        assertThat(r.data().get("size").asLong()).isEqualTo(PNG.length);
        assertThat(SIM.simulator().state().file(r.data().get("uid").asText()).orElseThrow().bytes()).isEqualTo(PNG);
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void uploadByUrlHonoursTheGivenNameAndType() {
        files.serve("/x", "application/octet-stream", PNG);

        ApiClient.Result r = api().post("/files", "{\"download_url\":\"" + files.url("/x")
                + "\",\"filename\":\"anotherfile.jpeg\",\"content_type\":\"image/jpeg\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("filename").asText()).isEqualTo("anotherfile.jpeg");
        assertThat(r.data().get("mimetype").asText()).isEqualTo("image/jpeg");
    }

    @Test
    void uploadByUrlUsesContentDispositionAndGuessesTheTypeOfAnOctetStream() {
        files.serve("/download", new LocalFileServer.Served(200, "application/octet-stream",
                "attachment; filename=\"Q3 report.pdf\"", PNG));

        ApiClient.Result r = api().post("/files", "{\"download_url\":\"" + files.url("/download?id=7") + "\"}");

        assertThat(r.data().get("filename").asText()).isEqualTo("Q3 report.pdf");
        assertThat(r.data().get("mimetype").asText()).isEqualTo("application/pdf");
    }

    @Test
    void uploadByUrlAddsAnExtensionThatFitsTheType() {
        files.serve("/images/avatar", "image/png; charset=binary", PNG);

        ApiClient.Result r = api().post("/files", "{\"download_url\":\"" + files.url("/images/avatar") + "\"}");

        assertThat(r.data().get("filename").asText()).isEqualTo("avatar.png");
        assertThat(r.data().get("mimetype").asText()).isEqualTo("image/png");
    }

    @Test
    void uploadByUrlCanCopyAFileFromItsOwnTemporaryUrl() {
        String original = uploadPng("original.png").data().get("temporary_download_url").asText();

        ApiClient.Result copy = api().post("/files", "{\"download_url\":\"" + original + "\"}");

        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.data().get("filename").asText()).isEqualTo("original.png");
        assertThat(copy.data().get("mimetype").asText()).isEqualTo("image/png");
        assertThat(SIM.simulator().state().files()).hasSize(2);
    }

    @Test
    void anUnreachableUrlIsAValidationError() {
        ApiClient.Result r = api().post("/files", "{\"download_url\":\"http://127.0.0.1:" + closedPort() + "/f.png\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error_code").asText()).isEqualTo("validation_error");
        assertThat(r.json().get("message").asText()).startsWith("Could not download the file from download_url: ");
        assertThat(SIM.simulator().state().files()).isEmpty();
    }

    @Test
    void anErrorStatusOfTheDownloadIsAValidationError() {
        ApiClient.Result r = api().post("/files", "{\"download_url\":\"" + files.url("/nothing-here.png") + "\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText())
                .isEqualTo("Could not download the file from download_url: the server answered HTTP 404");
    }

    @Test
    void aDownloadAboveTheCapOfItsTypeIsTooLarge() {
        files.serve("/huge.jpg", "image/jpeg", new byte[16 * MB + 1]);

        ApiClient.Result r = api().post("/files", "{\"download_url\":\"" + files.url("/huge.jpg") + "\"}");

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("message").asText()).contains("image files may be at most 16 MB");
    }

    @Test
    void aDownloadDeclaringMoreThanAnyUploadMayHoldIsRefusedAtOnce() {
        files.serve("/archive.zip", new LocalFileServer.Served(200, "application/zip", null, PNG, 100L * MB + 1));

        ApiClient.Result r = api().post("/files", "{\"download_url\":\"" + files.url("/archive.zip") + "\"}");

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("message").asText()).isEqualTo("File is too large: uploads may be at most 100 MB");
    }

    @Test
    void badUploadByUrlBodiesAreRefused() {
        assertValidationError(api().post("/files", "{}"), "download_url");
        assertValidationError(api().post("/files", "{\"download_url\":42}"), "download_url");
        assertValidationError(api().post("/files", "{\"download_url\":\"ftp://example.com/a.png\"}"), "download_url");
        assertValidationError(api().post("/files", "{\"download_url\":\"not a url\"}"), "download_url");
        assertValidationError(api().post("/files", "{\"download_url\":\"http://x/a\\u0000\"}"), "download_url");
        assertValidationError(api().post("/files", "{\"download_url\":\"" + files.url("/a") + "\",\"filename\":\""
                + "f".repeat(1025) + "\"}"), "filename");
        assertValidationError(api().post("/files", "{\"download_url\":\"" + files.url("/a") + "\",\"content_type\":true}"),
                "content_type");
    }

    @Test
    void shareLinksOfCloudDrivesAreNotDirectDownloads() {
        ApiClient.Result r = api().post("/files", "{\"download_url\":\"https://drive.google.com/file/d/abc/view\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("Google Drive");
    }

    // ---- GET /files, GET/DELETE /files/{uid} ----------------------------------------------------

    @Test
    void listFiltersByCaseInsensitiveNamePart() {
        uploadPng("Logo.PNG");
        uploadPng("photo.png");
        new Multipart().file("file", "terms.pdf", "application/pdf", PNG).post(api(), "/files_upload");

        ApiClient.Result all = api().get("/files");
        ApiClient.Result png = api().get("/files?filename=png");
        ApiClient.Result logo = api().get("/files?filename=LOGO");
        ApiClient.Result none = api().get("/files?filename=docx");

        assertThat(all.data().isArray()).isTrue();
        assertThat(all.data()).hasSize(3);
        assertThat(all.data().get(0).has("temporary_download_url")).isFalse();
        assertThat(names(png.data())).containsExactly("Logo.PNG", "photo.png");
        assertThat(names(logo.data())).containsExactly("Logo.PNG");
        assertThat(none.data()).isEmpty();
        assertThat(ContractGaps.besides(SIM.simulator(), ContractGaps.MULTIPART_BODY_UNSEEN)).isEmpty();
    }

    @Test
    void aNulCharacterInTheFilterIsRefused() {
        assertValidationError(api().get("/files?filename=a%00b"), "filename");
    }

    @Test
    void getFileGivesATemporaryUrlThatServesTheBytes() throws Exception {
        String uid = uploadPng("my logo ü.png").data().get("uid").asText();

        ApiClient.Result r = api().get("/files/" + uid);
        HttpResponse<byte[]> download = download(r.data().get("temporary_download_url").asText());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("uid").asText()).isEqualTo(uid);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PNG);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"my logo _.png\"")
                .contains("filename*=UTF-8''my%20logo%20%C3%BC.png");
        assertThat(ContractGaps.besides(SIM.simulator(), ContractGaps.MULTIPART_BODY_UNSEEN)).isEmpty();
    }

    @Test
    void everyLookupIssuesAFreshUrlAndEarlierOnesKeepWorking() throws Exception {
        String uid = uploadPng("twice.png").data().get("uid").asText();

        String first = api().get("/files/" + uid).data().get("temporary_download_url").asText();
        String second = api().get("/files/" + uid).data().get("temporary_download_url").asText();

        assertThat(second).isNotEqualTo(first);
        assertThat(download(first).statusCode()).isEqualTo(200);
        assertThat(download(second).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownTemporaryUrlIsNotFound() throws Exception {
        HttpResponse<byte[]> r = download(SIM.simulator().rootUrl() + "/__files/no-such-token");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("Unknown temporary download URL.");
    }

    @Test
    void deleteRemovesTheFileAndItsUrlsStopWorking() throws Exception {
        String uid = uploadPng("gone.png").data().get("uid").asText();
        String url = api().get("/files/" + uid).data().get("temporary_download_url").asText();

        ApiClient.Result deleted = api().delete("/files/" + uid);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).as("the spec declares no body").isEmpty();
        assertThat(api().get("/files").data()).isEmpty();
        assertThat(download(url).statusCode()).isEqualTo(404);
        assertThat(ContractGaps.besides(SIM.simulator(), ContractGaps.MULTIPART_BODY_UNSEEN)).isEmpty();
    }

    @Test
    void unknownFilesAreNotFound() {
        ApiClient.Result get = api().get("/files/90d353e6-44c1-48ff-b15b-69b7721e5450");
        ApiClient.Result delete = api().delete("/files/90d353e6-44c1-48ff-b15b-69b7721e5450");

        for (ApiClient.Result r : new ApiClient.Result[] {get, delete}) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().get("error_code").asText()).isEqualTo("not_found");
            assertThat(r.json().get("message").asText())
                    .isEqualTo("File uid \"90d353e6-44c1-48ff-b15b-69b7721e5450\" not found");
        }
    }

    @Test
    void filesOfAUserWhoLeftShowRemovedAsUploader() {
        String uid = uploadPng("old.png").data().get("uid").asText();
        Teammate owner = SIM.simulator().state().teammateByEmail("alice@acme.example").orElseThrow();
        SIM.simulator().state().removeTeammate(owner.userId());

        assertThat(api().get("/files/" + uid).data().get("uploaded_by_email").asText()).isEqualTo("(removed)");
    }

    @Test
    void trailingSlashGetsTheHtmlNotFoundPage() {
        ApiClient.Result r = api().get("/files/");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("<html>");
    }

    private static void assertValidationError(ApiClient.Result r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("status").asText()).isEqualTo("error");
        assertThat(r.json().get("error_code").asText()).isEqualTo("validation_error");
        assertThat(r.json().get("errors").get(0).get("fields").get(0).asText()).isEqualTo(field);
    }

    private static String[] names(JsonNode array) {
        String[] names = new String[array.size()];
        Arrays.setAll(names, i -> array.get(i).get("filename").asText());
        return names;
    }

    static HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
