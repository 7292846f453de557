package dev.seed.camel.timelinesai.simulator.api;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.files.FileKind;
import dev.seed.camel.timelinesai.simulator.files.MimeTypes;
import dev.seed.camel.timelinesai.simulator.files.TemporaryFileLinks;
import dev.seed.camel.timelinesai.simulator.files.UrlDownloader;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.FormUpload;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.http.QueryParams;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The files family: upload by multipart form ({@code POST /files_upload}) or by URL ({@code POST /files},
 * really downloaded), list with a name filter, details with a temporary download URL, delete.
 */
public final class FilesApi implements RouteGroup {
    static final int FILENAME_MAX = 1024;
    static final int CONTENT_TYPE_MAX = 140;
    static final int CAPTION_MAX = 2000;
    static final int DOWNLOAD_URL_MAX = 8192;
    /** What the file list shows as uploader when that user has left the workspace. */
    static final String REMOVED_UPLOADER = "(removed)";
    /** Share pages of these hosts are not direct downloads; the real service refuses them. */
    private static final Set<String> SHARE_PAGE_HOSTS = Set.of("drive.google.com", "docs.google.com",
            "onedrive.live.com", "1drv.ms");

    private SimulatorContext context;
    private TemporaryFileLinks links;
    private UrlDownloader downloader;

    @Override
    public void register(Router router, SimulatorContext context) {
        this.context = context;
        this.links = TemporaryFileLinks.of(context);
        this.downloader = new UrlDownloader(context.vertx());
        router.post("/files_upload").handler(this::upload);
        router.post("/files").handler(this::uploadFromUrl);
        router.get("/files").handler(this::list);
        router.get("/files/:file_uid").handler(ctx -> ApiResponses.ok(ctx, toJson(find(ctx), true)));
        router.delete("/files/:file_uid").handler(this::delete);
    }

    private void upload(RoutingContext ctx) {
        FormUpload upload = FormUpload.required(ctx, "file");
        String filename = FormUpload.attribute(ctx, "filename", FILENAME_MAX);
        String contentType = FormUpload.attribute(ctx, "content_type", CONTENT_TYPE_MAX);
        FormUpload.attribute(ctx, "caption", CAPTION_MAX);
        if (filename == null) {
            filename = upload.filename() == null || upload.filename().isBlank() ? "file" : upload.filename();
            JsonRequest.checkString("filename", filename, FILENAME_MAX);
        }
        String mimetype = contentType != null ? contentType : MimeTypes.decide(upload.contentType(), filename);
        ApiResponses.ok(ctx, toJson(store(filename, mimetype, upload.bytes()), true));
    }

    private void uploadFromUrl(RoutingContext ctx) {
        JsonRequest body = JsonRequest.of(ctx);
        String downloadUrl = body.requiredString("download_url", DOWNLOAD_URL_MAX);
        String filename = body.optionalString("filename", FILENAME_MAX);
        String contentType = body.optionalString("content_type", CONTENT_TYPE_MAX);
        URI uri = HttpUrlCheck.require("download_url", downloadUrl.trim());
        if (SHARE_PAGE_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw ApiException.badRequest("download_url must be a direct download link; share pages of Google Drive "
                    + "or OneDrive are not supported");
        }
        downloader.fetch(uri, FileKind.largestCap()).onComplete(ar -> {
            if (ar.failed()) {
                ctx.fail(ar.cause());
                return;
            }
            try {
                UrlDownloader.Download download = ar.result();
                String name = filename != null ? filename : detectedName(uri, download);
                String mimetype = contentType != null ? contentType : MimeTypes.decide(download.contentType(), name);
                if (filename == null) {
                    name = MimeTypes.withExtension(name, mimetype);
                }
                ApiResponses.ok(ctx, toJson(store(name, mimetype, download.bytes()), true));
            } catch (RuntimeException e) {
                ctx.fail(e);
            }
        });
    }

    /** The file name the server declared, else the last segment of the URL path, else {@code file}. */
    private static String detectedName(URI uri, UrlDownloader.Download download) {
        String name = download.dispositionFilename();
        if (name == null) {
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String segment = path.substring(path.lastIndexOf('/') + 1);
            name = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        name = name.replace("\u0000", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.codePointCount(0, name.length()) > FILENAME_MAX
                ? name.substring(0, name.offsetByCodePoints(0, FILENAME_MAX)) : name;
    }

    private StoredFile store(String filename, String mimetype, byte[] bytes) {
        if (bytes.length == 0) {
            throw ApiException.badRequest("The file is empty");
        }
        FileKind kind = FileKind.of(mimetype);
        if (!kind.allows(bytes.length)) {
            throw new ApiException(413, null, "File is too large: " + kind.limitText() + " (got " + bytes.length + " bytes)");
        }
        SimulatorState state = context.state();
        String uploader = TokenOwner.find(state).map(t -> t.email()).orElse(REMOVED_UPLOADER);
        StoredFile file = new StoredFile(SimulatorState.newUid(), filename, mimetype, bytes, uploader, state.now());
        state.addFile(file);
        return file;
    }

    private void list(RoutingContext ctx) {
        String filter = new QueryParams(ctx).string("filename");
        String needle = filter == null ? null : filter.toLowerCase(Locale.ROOT);
        ArrayNode items = Json.array();
        List<StoredFile> files = context.state().files();
        for (StoredFile file : files) {
            if (needle == null || file.filename().toLowerCase(Locale.ROOT).contains(needle)) {
                items.add(toJson(file, false));
            }
        }
        ApiResponses.ok(ctx, items);
    }

    private void delete(RoutingContext ctx) {
        StoredFile file = find(ctx);
        context.state().removeFile(file.uid());
        ApiResponses.okNoBody(ctx);
    }

    private StoredFile find(RoutingContext ctx) {
        String uid = ctx.pathParam("file_uid");
        return context.state().file(uid).orElseThrow(() -> ApiException.notFound("File uid \"" + uid + "\" not found"));
    }

    /** FileInfoShort, or FileInfo (with a fresh temporary download URL) when {@code withUrl}. */
    private ObjectNode toJson(StoredFile file, boolean withUrl) {
        String uploader = context.state().teammateByEmail(file.uploadedByEmail()).isPresent()
                ? file.uploadedByEmail() : REMOVED_UPLOADER;
        ObjectNode json = Json.object()
                .put("uid", file.uid())
                .put("filename", file.filename())
                .put("size", file.size())
                .put("mimetype", file.mimetype())
                .put("uploaded_by_email", uploader)
                .put("uploaded_at", context.timestamps().format(file.uploadedAt()));
        if (withUrl) {
            json.put("temporary_download_url", links.issue(file));
        }
        return json;
    }
}
