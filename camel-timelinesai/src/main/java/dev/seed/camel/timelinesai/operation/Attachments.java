package dev.seed.camel.timelinesai.operation;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.camel.WrappedFile;

/** Decides whether a message body is file content (bytes, File, Path, stream or a Camel file) and unwraps it. */
final class Attachments {

    private Attachments() {
    }

    /** The uploadable content of the body, or {@code null} when the body is not file content. */
    static Object content(Object body) {
        if (body instanceof WrappedFile<?> wrapped) {
            Object file = wrapped.getFile();
            return file instanceof File ? file : content(wrapped.getBody());
        }
        if (body instanceof byte[] || body instanceof File || body instanceof Path || body instanceof InputStream) {
            return body;
        }
        return null;
    }
}
