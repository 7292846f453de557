package dev.seed.camel.timelinesai.operation;

import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.api.Attachment;
import dev.seed.camel.timelinesai.api.FilesApi;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.model.FileByUrl;
import dev.seed.camel.timelinesai.model.FileInfo;
import org.apache.camel.Exchange;

/** The {@code files/*} operations. */
public final class FileOperations {
    private final TimelinesAiClient client;

    public FileOperations(TimelinesAiClient client) {
        this.client = client;
    }

    void invoke(TimelinesAiOperation operation, Params p) {
        TimelinesAiConfiguration c = p.config();
        switch (operation) {
            case FILES_UPLOAD -> upload(p, c);
            case FILES_LIST -> {
                List<FileInfo> files = client.files().list(p.string(TimelinesAiConstants.FILE_NAME,
                        c.getMessageOptions().getFileName()));
                p.setBody(files);
                p.setHeader(TimelinesAiConstants.RESULT_COUNT, files.size());
            }
            case FILES_GET -> p.setBody(client.files().get(uid(p)));
            case FILES_DOWNLOAD -> download(p);
            case FILES_DELETE -> {
                String uid = uid(p);
                client.files().delete(uid);
                p.setBody(uid);
            }
            default -> throw new IllegalStateException("Not a files operation: " + operation);
        }
    }

    private static String uid(Params p) {
        return p.requiredUid(TimelinesAiConstants.FILE_UID, p.config().getMessageOptions().getFileUid(), "fileUid");
    }

    private void upload(Params p, TimelinesAiConfiguration c) {
        String fileName = p.string(TimelinesAiConstants.FILE_NAME, c.getMessageOptions().getFileName());
        String contentType = p.string(TimelinesAiConstants.CONTENT_TYPE, c.getMessageOptions().getContentType());
        Object content = Attachments.content(p.body());
        FileInfo info;
        if (content != null) {
            info = client.files().upload(new Attachment(content, fileName, contentType));
        } else {
            String url = p.string(TimelinesAiConstants.FILE_URL, c.getMessageOptions().getFileUrl());
            if (url == null) {
                throw new IllegalArgumentException("files/upload needs file content as body (byte[], File, Path, "
                        + "InputStream) or the fileUrl option or header");
            }
            info = client.files().uploadByUrl(new FileByUrl(url, fileName, contentType));
        }
        p.setBody(info);
        p.setHeader(TimelinesAiConstants.FILE_UID, info.uid());
    }

    private void download(Params p) {
        FilesApi.Download download = client.files().download(uid(p));
        p.setBody(download.content());
        p.setHeader(TimelinesAiConstants.FILE_NAME, download.info().filename());
        p.setHeader(TimelinesAiConstants.CONTENT_TYPE, download.info().mimetype());
        p.setHeader(Exchange.FILE_NAME, download.info().filename());
        p.setHeader(Exchange.CONTENT_TYPE, download.info().mimetype());
    }
}
