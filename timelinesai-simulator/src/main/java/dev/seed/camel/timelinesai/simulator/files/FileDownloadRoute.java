package dev.seed.camel.timelinesai.simulator.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the bytes behind a {@code temporary_download_url} ({@code GET /__files/:token}, no auth) with the
 * file's Content-Type and name; 410 once the link has expired, 404 for an unknown link or a deleted file.
 */
public final class FileDownloadRoute implements Handler<RoutingContext> {
    /** Route path on the root router. */
    public static final String PATH = TemporaryFileLinks.PATH_PREFIX + ":token";
    private final TemporaryFileLinks links;

    public FileDownloadRoute(SimulatorContext context) {
        this.links = TemporaryFileLinks.of(context);
    }

    @Override
    public void handle(RoutingContext ctx) {
        TemporaryFileLinks.Resolution resolution = links.resolve(ctx.pathParam("token"));
        if (resolution instanceof TemporaryFileLinks.Resolution.Expired) {
            plain(ctx, 410, "This temporary download URL has expired. Get a fresh one with GET /files/{file_uid}.");
            return;
        }
        if (resolution instanceof TemporaryFileLinks.Resolution.Deleted) {
            plain(ctx, 404, "The file behind this temporary download URL has been deleted.");
            return;
        }
        if (!(resolution instanceof TemporaryFileLinks.Resolution.Valid valid)) {
            plain(ctx, 404, "Unknown temporary download URL.");
            return;
        }
        StoredFile stored = valid.file();
        ctx.response().setStatusCode(200)
                .putHeader("Content-Type", stored.mimetype())
                .putHeader("Content-Disposition", contentDisposition(stored.filename()))
                .putHeader("Cache-Control", "private, no-store")
                .end(Buffer.buffer(stored.bytes()));
    }

    /** {@code attachment} with an ASCII fallback name and the exact UTF-8 name (RFC 6266). */
    static String contentDisposition(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static void plain(RoutingContext ctx, int status, String text) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/plain; charset=utf-8").end(text);
    }
}
