package dev.seed.camel.timelinesai.simulator.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;

/** A file part of a multipart/form-data request with the form fields that describe it. */
public record FormUpload(String fieldName, String filename, String contentType, byte[] bytes) {

    /** The upload in form field {@code field}; 400 {@code validation_error} if the request has none. */
    public static FormUpload required(RoutingContext ctx, String field) {
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            throw ApiException.validation(field, "Content-Type must be multipart/form-data.");
        }
        for (FileUpload upload : ctx.fileUploads()) {
            if (upload.name().equals(field)) {
                try {
                    byte[] bytes = Files.readAllBytes(Path.of(upload.uploadedFileName()));
                    return new FormUpload(field, upload.fileName(), upload.contentType(), bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw ApiException.validation(field, "Missing data for required field.");
    }

    /** A plain form attribute, checked like a JSON string field (length, NUL); null when absent or empty. */
    public static String attribute(RoutingContext ctx, String name, int max) {
        String value = ctx.request().getFormAttribute(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return JsonRequest.checkString(name, value, max);
    }

    public long size() {
        return bytes.length;
    }
}
