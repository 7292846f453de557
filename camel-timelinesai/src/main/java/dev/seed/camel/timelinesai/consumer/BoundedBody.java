package dev.seed.camel.timelinesai.consumer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a webhook body from whatever the HTTP runtime put in the message, never keeping more than the limit: a
 * Vert.x request stream (platform-http with {@code useBodyHandler=false}) or an input stream is read up to the
 * limit and then refused, a body the runtime already buffered is only measured.
 */
final class BoundedBody {
    /** How long a sender may take to send the body once its headers passed the checks. */
    static final long READ_TIMEOUT_MILLIS = 30_000;
    private static final Logger LOG = LoggerFactory.getLogger(BoundedBody.class);
    private static final boolean VERTX = vertxPresent();

    private BoundedBody() {
    }

    /** The body was larger than the limit (it was not read beyond it). */
    static final class TooLargeException extends Exception {
        TooLargeException() {
            super(null, null, false, false);
        }
    }

    /** The body, at most {@code max} bytes; an absent body is empty. */
    static byte[] read(Message in, int max) throws TooLargeException, IOException {
        Object body = in.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (VERTX && VertxBodyReader.handles(body)) {
            return VertxBodyReader.read(body, max, READ_TIMEOUT_MILLIS);
        }
        if (body instanceof InputStream stream) {
            return read(stream, max);
        }
        byte[] bytes = in.getBody(byte[].class);
        if (bytes != null && bytes.length > max) {
            throw new TooLargeException();
        }
        return bytes == null ? new byte[0] : bytes;
    }

    /**
     * Drops the body of a request refused before its body was read: a Vert.x request is let flow into nothing (no
     * memory kept), so the connection can serve its next request; other runtimes discard it themselves.
     */
    static void discard(Message in) {
        Object body = in.getBody();
        if (VERTX && body != null && VertxBodyReader.handles(body)) {
            VertxBodyReader.discard(body);
        }
    }

    private static byte[] read(InputStream stream, int max) throws TooLargeException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
        byte[] chunk = new byte[8192];
        int total = 0;
        for (int n; (n = stream.read(chunk)) >= 0; ) {
            total += n;
            if (total > max) {
                throw new TooLargeException();
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean vertxPresent() {
        try {
            Class.forName("io.vertx.core.streams.ReadStream", false, BoundedBody.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.trace("No Vert.x on the classpath: webhook bodies are read as streams or bytes");
            return false;
        }
    }
}
