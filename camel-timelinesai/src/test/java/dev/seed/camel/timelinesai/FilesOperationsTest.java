package dev.seed.camel.timelinesai;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.seed.camel.timelinesai.model.FileInfo;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** files/* against the simulator: multipart and by-URL uploads, list, get, download, delete and errors. */
class FilesOperationsTest extends TimelinesAiTestSupport {

    private static final byte[] CONTENT = "Invoice 42\nTotal: 99 EUR\n".getBytes(StandardCharsets.UTF_8);

    private FileInfo upload(Object body, String fileName) {
        Exchange exchange = ok("timelinesai:files/upload?contentType=text/plain", body,
                TimelinesAiConstants.FILE_NAME, fileName);
        FileInfo info = exchange.getMessage().getBody(FileInfo.class);
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.FILE_UID)).isEqualTo(info.uid());
        return info;
    }

    @Test
    void uploadsBytesStreamsAndPaths(@TempDir Path dir) throws Exception {
        FileInfo fromBytes = upload(CONTENT, "invoice.txt");
        assertThat(fromBytes.filename()).isEqualTo("invoice.txt");
        assertThat(fromBytes.size()).isEqualTo(CONTENT.length);
        assertThat(fromBytes.mimetype()).isEqualTo("text/plain");
        assertThat(fromBytes.temporaryDownloadUrl()).startsWith("http");

        FileInfo fromStream = upload(new ByteArrayInputStream(CONTENT), "streamed.txt");
        assertThat(fromStream.size()).isEqualTo(CONTENT.length);

        Path path = Files.write(dir.resolve("from-path.txt"), CONTENT);
        FileInfo fromPath = ok("timelinesai:files/upload", path).getMessage().getBody(FileInfo.class);
        assertThat(fromPath.filename()).isEqualTo("from-path.txt");
        assertNoContractViolations();
    }

    @Test
    void uploadsByUrlListsGetsDownloadsAndDeletes() {
        FileInfo original = upload(CONTENT, "report.txt");
        FileInfo byUrl = ok("timelinesai:files/upload?fileName=copy.txt", null, TimelinesAiConstants.FILE_URL,
                original.temporaryDownloadUrl()).getMessage().getBody(FileInfo.class);
        assertThat(byUrl.uid()).isNotEqualTo(original.uid());
        assertThat(byUrl.filename()).isEqualTo("copy.txt");
        assertThat(byUrl.size()).isEqualTo(CONTENT.length);

        List<FileInfo> listed = ok("timelinesai:files/list?fileName=COPY", null).getMessage().getBody(List.class);
        assertThat(listed).extracting(FileInfo::uid).containsExactly(byUrl.uid());
        List<FileInfo> all = ok("timelinesai:files/list", null).getMessage().getBody(List.class);
        assertThat(all).extracting(FileInfo::uid).contains(original.uid(), byUrl.uid());

        FileInfo got = ok("timelinesai:files/get", original.uid()).getMessage().getBody(FileInfo.class);
        assertThat(got.filename()).isEqualTo("report.txt");
        assertThat(got.temporaryDownloadUrl()).isNotBlank();

        Exchange download = ok("timelinesai:files/download", null, TimelinesAiConstants.FILE_UID, original.uid());
        assertThat(download.getMessage().getBody(byte[].class)).isEqualTo(CONTENT);
        assertThat(download.getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo("report.txt");
        assertThat(download.getMessage().getHeader(TimelinesAiConstants.CONTENT_TYPE, String.class)).startsWith("text/plain");

        assertThat(ok("timelinesai:files/delete?fileUid=" + original.uid(), null).getMessage().getBody())
                .isEqualTo(original.uid());
        assertNoContractViolations();

        Exchange gone = call("timelinesai:files/get", original.uid());
        assertThat(gone.getException()).isInstanceOfSatisfying(TimelinesAiNotFoundException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(404);
            assertThat(e.getErrorCode()).isEqualTo("not_found");
            assertThat(e.getApiMessage()).contains(original.uid());
        });
    }

    @Test
    void uploadWithoutContentOrUrlFailsClearly() {
        Exchange exchange = call("timelinesai:files/upload", null);
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fileUrl");
    }

    @Test
    void unreachableUrlIsAValidationError() {
        Exchange exchange = call("timelinesai:files/upload", null, TimelinesAiConstants.FILE_URL,
                "ftp://example.invalid/file.txt");
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiValidationException.class,
                e -> assertThat(e.getHttpStatus()).isEqualTo(400));
    }
}
