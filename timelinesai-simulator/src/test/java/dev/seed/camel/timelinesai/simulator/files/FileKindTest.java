package dev.seed.camel.timelinesai.simulator.files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** File kinds with their size caps, mime type detection and download headers. */
class FileKindTest {
    private static final long MB = 1024L * 1024;

    @Test
    void kindsFollowTheMimeTypeFamily() {
        assertThat(FileKind.of("image/webp")).isEqualTo(FileKind.IMAGE);
        assertThat(FileKind.of("AUDIO/OGG")).isEqualTo(FileKind.AUDIO);
        assertThat(FileKind.of("video/mp4")).isEqualTo(FileKind.VIDEO);
        assertThat(FileKind.of("application/pdf")).isEqualTo(FileKind.DOCUMENT);
        assertThat(FileKind.of(null)).isEqualTo(FileKind.DOCUMENT);
    }

    @Test
    void mediaStopsAtSixteenAndDocumentsAtOneHundredMegabytes() {
        assertThat(FileKind.VIDEO.allows(16 * MB)).isTrue();
        assertThat(FileKind.VIDEO.allows(16 * MB + 1)).isFalse();
        assertThat(FileKind.AUDIO.allows(16 * MB + 1)).isFalse();
        assertThat(FileKind.DOCUMENT.allows(100 * MB)).isTrue();
        assertThat(FileKind.DOCUMENT.allows(100 * MB + 1)).isFalse();
        assertThat(FileKind.largestCap()).isEqualTo(100 * MB);
        assertThat(FileKind.DOCUMENT.limitText()).isEqualTo("document files may be at most 100 MB");
    }

    @Test
    void mimeTypesComeFromDeclarationsOrExtensions() {
        assertThat(MimeTypes.decide("text/csv; charset=utf-8", "x.bin")).isEqualTo("text/csv");
        assertThat(MimeTypes.decide("application/octet-stream", "Sheet.XLSX"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(MimeTypes.decide(null, "noextension")).isEqualTo(MimeTypes.OCTET_STREAM);
        assertThat(MimeTypes.withExtension("photo", "image/jpeg")).isEqualTo("photo.jpg");
        assertThat(MimeTypes.withExtension("photo.png", "image/jpeg")).isEqualTo("photo.png");
        assertThat(MimeTypes.withExtension("blob", "application/x-unknown")).isEqualTo("blob");
    }

    @Test
    void contentDispositionCarriesAnAsciiFallbackAndTheExactName() {
        assertThat(FileDownloadRoute.contentDisposition("a \"b\".pdf"))
                .isEqualTo("attachment; filename=\"a _b_.pdf\"; filename*=UTF-8''a%20%22b%22.pdf");
        assertThat(UrlDownloader.dispositionFilename("attachment; filename=\"Q3.pdf\"")).isEqualTo("Q3.pdf");
        assertThat(UrlDownloader.dispositionFilename("inline")).isNull();
    }
}
