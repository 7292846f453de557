package dev.seed.camel.timelinesai.api;

import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.model.FileByUrl;
import dev.seed.camel.timelinesai.model.FileInfo;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;
import dev.seed.camel.timelinesai.internal.transport.ApiResponse;
import dev.seed.camel.timelinesai.internal.transport.ErrorResponses;

/** Files of the workspace: upload (multipart or by URL), list, details, download and delete. */
public final class FilesApi {
    private final PublicApi api;

    FilesApi(PublicApi api) {
        this.api = api;
    }

    /** {@code POST /files_upload}, streaming the content. */
    public FileInfo upload(Attachment file) {
        return api.data(ApiRequest.post("/files_upload").retryable().entity(file.toMultipart(
                "filename", file.effectiveFileName(), "content_type", file.contentType())), FileInfo.class);
    }

    /** {@code POST /files}: TimelinesAI fetches the file from a public URL. */
    public FileInfo uploadByUrl(FileByUrl file) {
        return api.data(ApiRequest.post("/files").retryable().entity(PublicApi.json(file)), FileInfo.class);
    }

    /** {@code GET /files}, optionally filtered by a part of the file name. */
    public List<FileInfo> list(String fileName) {
        return api.data(ApiRequest.get("/files").query("filename", fileName), JsonSupport.listOf(FileInfo.class));
    }

    public FileInfo get(String uid) {
        return api.data(ApiRequest.get("/files/" + PathSegments.encode(uid)), FileInfo.class);
    }

    /** The file's details and its content, fetched from its temporary download URL (held in memory). */
    public Download download(String uid) {
        FileInfo info = get(uid);
        if (info.temporaryDownloadUrl() == null || info.temporaryDownloadUrl().isBlank()) {
            throw new TimelinesAiException("TimelinesAI gave no temporary_download_url for file " + uid, 200, "OK",
                    null, null, null, null);
        }
        ApiResponse response = api.transport().fetch(info.temporaryDownloadUrl());
        if (!response.isSuccess()) {
            throw ErrorResponses.toException("GET <temporary download URL of file " + uid + ">", response);
        }
        return new Download(info, response.body());
    }

    public void delete(String uid) {
        api.action(ApiRequest.delete("/files/" + PathSegments.encode(uid)));
    }

    /** A downloaded file: its details and bytes. */
    public record Download(FileInfo info, byte[] content) {
    }
}
