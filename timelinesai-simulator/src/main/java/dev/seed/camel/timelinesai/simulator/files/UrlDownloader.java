package dev.seed.camel.timelinesai.simulator.files;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.seed.camel.timelinesai.simulator.http.ApiException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Fetches the bytes of {@code POST /files}' {@code download_url}, as the real service does, with short
 * timeouts and a size cap. Failures come back as the API's errors: 400 {@code validation_error} when the
 * URL cannot be downloaded, 413 when the file is larger than any upload may be.
 */
public final class UrlDownloader {
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final long IDLE_TIMEOUT_MS = 10_000;
    private static final long TOTAL_TIMEOUT_MS = 60_000;
    private static final Pattern DISPOSITION_NAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    private final Vertx vertx;
    private final HttpClient client;

    /** What the server sent: the body, its declared Content-Type and the file name of Content-Disposition. */
    public record Download(byte[] bytes, String contentType, String dispositionFilename) {
    }

    public UrlDownloader(Vertx vertx) {
        this.vertx = vertx;
        // certificates are not checked so tests may serve downloads over https with self-signed certificates
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(CONNECT_TIMEOUT_MS)
                .setTrustAll(true).setVerifyHost(false).setKeepAlive(false));
    }

    /** Downloads {@code uri}, at most {@code maxBytes}; fails with an {@link ApiException}. */
    public Future<Download> fetch(URI uri, long maxBytes) {
        Promise<Download> result = Promise.promise();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(uri.toString())
                .setFollowRedirects(true).setConnectTimeout(CONNECT_TIMEOUT_MS).setIdleTimeout(IDLE_TIMEOUT_MS);
        long timer = vertx.setTimer(TOTAL_TIMEOUT_MS,
                id -> result.tryFail(unreachable("no complete answer within " + TOTAL_TIMEOUT_MS / 1000 + " s")));
        client.request(options)
                .onFailure(e -> result.tryFail(unreachable(describe(e))))
                .onSuccess(request -> request.send()
                        .onFailure(e -> result.tryFail(unreachable(describe(e))))
                        .onSuccess(response -> read(request, response, maxBytes, result)));
        return result.future().onComplete(ar -> vertx.cancelTimer(timer));
    }

    private static void read(HttpClientRequest request, HttpClientResponse response, long maxBytes,
                             Promise<Download> result) {
        response.exceptionHandler(e -> result.tryFail(unreachable(describe(e))));
        if (response.statusCode() / 100 != 2) {
            result.tryFail(unreachable("the server answered HTTP " + response.statusCode()));
            request.reset();
            return;
        }
        String length = response.getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
            result.tryFail(tooLarge(maxBytes));
            request.reset();
            return;
        }
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (result.future().isComplete()) {
                return;
            }
            if ((long) body.length() + chunk.length() > maxBytes) {
                result.tryFail(tooLarge(maxBytes));
                request.reset();
                return;
            }
            body.appendBuffer(chunk);
        });
        response.endHandler(v -> result.tryComplete(new Download(body.getBytes(), response.getHeader("Content-Type"),
                dispositionFilename(response.getHeader("Content-Disposition")))));
    }

    static String dispositionFilename(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = DISPOSITION_NAME.matcher(header);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).trim();
        return name.isEmpty() ? null : name;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static ApiException unreachable(String reason) {
        return ApiException.badRequest("Could not download the file from download_url: " + reason);
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, null, "File is too large: uploads may be at most " + maxBytes / (1024 * 1024) + " MB");
    }
}
