package dev.seed.camel.timelinesai.api;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

/**
 * File content to upload as the {@code file} part of a multipart request: bytes, a {@link File}, a {@link Path} or
 * an {@link InputStream} (streamed, not loaded into memory), with an optional name and MIME type.
 */
public record Attachment(Object content, String fileName, String contentType) {

    public Attachment {
        if (!(content instanceof byte[] || content instanceof File || content instanceof Path
                || content instanceof InputStream)) {
            throw new IllegalArgumentException("An attachment is byte[], File, Path or InputStream, not "
                    + (content == null ? "null" : content.getClass().getName()));
        }
    }

    /** The file name to send: the given one, else the file's own name, else {@code file}. */
    public String effectiveFileName() {
        if (fileName != null && !fileName.isBlank()) {
            return fileName;
        }
        if (content instanceof File f) {
            return f.getName();
        }
        if (content instanceof Path p && p.getFileName() != null) {
            return p.getFileName().toString();
        }
        return "file";
    }

    /** A multipart body with this file as {@code file} and the given extra text fields (nulls left out). */
    public HttpEntity toMultipart(String... extraFields) {
        MultipartEntityBuilder builder = MultipartEntityBuilder.create().setMode(HttpMultipartMode.EXTENDED)
                .setCharset(java.nio.charset.StandardCharsets.UTF_8);
        ContentType type = contentType == null || contentType.isBlank() ? ContentType.APPLICATION_OCTET_STREAM
                : ContentType.parse(contentType);
        String name = effectiveFileName();
        if (content instanceof byte[] bytes) {
            builder.addBinaryBody("file", bytes, type, name);
        } else if (content instanceof File f) {
            builder.addBinaryBody("file", f, type, name);
        } else if (content instanceof Path p) {
            builder.addBinaryBody("file", p.toFile(), type, name);
        } else {
            builder.addBinaryBody("file", (InputStream) content, type, name);
        }
        ContentType text = ContentType.TEXT_PLAIN.withCharset(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i + 1 < extraFields.length; i += 2) {
            if (extraFields[i + 1] != null) {
                builder.addTextBody(extraFields[i], extraFields[i + 1], text);
            }
        }
        return builder.build();
    }
}
