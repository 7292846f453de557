package dev.seed.camel.timelinesai.consumer;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Reads a paused Vert.x request body (what platform-http-vertx hands over with {@code useBodyHandler=false}) up
 * to a limit: chunks beyond it are dropped as they arrive, so a large or endless upload costs no memory. Loaded
 * only when Vert.x is on the classpath.
 */
final class VertxBodyReader {

    private VertxBodyReader() {
    }

    static boolean handles(Object body) {
        return body instanceof ReadStream;
    }

    /** Lets the unread body of a refused request flow and drops it, so the connection can take the next request. */
    @SuppressWarnings("unchecked")
    static void discard(Object body) {
        ReadStream<Buffer> stream = (ReadStream<Buffer>) body;
        stream.exceptionHandler(failure -> { });
        stream.handler(chunk -> { });
        stream.resume();
    }

    @SuppressWarnings("unchecked")
    static byte[] read(Object body, int max, long timeoutMillis) throws BoundedBody.TooLargeException, IOException {
        ReadStream<Buffer> stream = (ReadStream<Buffer>) body;
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        Buffer collected = Buffer.buffer();
        stream.exceptionHandler(result::completeExceptionally);
        stream.endHandler(end -> result.complete(collected.getBytes()));
        stream.handler(chunk -> {
            if (result.isDone()) {
                return;
            }
            if (collected.length() + chunk.length() > max) {
                result.completeExceptionally(new BoundedBody.TooLargeException());
                return;
            }
            collected.appendBuffer(chunk);
        });
        stream.resume();
        try {
            return result.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BoundedBody.TooLargeException tooLarge) {
                throw tooLarge;
            }
            throw new IOException("Reading the webhook body failed", e.getCause());
        } catch (TimeoutException e) {
            result.completeExceptionally(e);
            throw new IOException("The webhook body did not arrive within " + timeoutMillis + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading the webhook body", e);
        }
    }
}
