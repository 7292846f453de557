package dev.seed.camel.timelinesai.consumer;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Oversize uploads against a receiver with a small heap ({@link WebhookReceiverMain} in a forked JVM, -Xmx48m):
 * unauthenticated ones are refused without reading their bodies, authenticated chunked ones without a
 * Content-Length are cut at webhookMaxBodySize with the component's JSON 413, and a valid delivery right after
 * the attack is still processed. Before bodies were bounded, Vert.x buffered each upload whole and the receiver
 * ran out of memory.
 */
class WebhookMemoryBoundTest {
    private static final String SECRET = "memory-bound-secret-0123456789";
    private static final byte[] UPLOAD = new byte[9_500_000];
    private static final int ATTACKERS = 8;
    private static final String EVENT = """
            {"event_type":"message:received:new","chat":{"full_name":"Maria","chat_url":"u","chat_id":48213377,
             "is_group":false,"phone":"+34612345678"},
             "whatsapp_account":{"full_name":"Lena","email":"lena@x.example","phone":"+4915112345678"},
             "message":{"text":"hola","direction":"received","origin":"WhatsApp","timestamp":"2026-09-14 16:10:02 +0200",
             "message_uid":"%s","sender":{"full_name":"Maria","phone":"+34612345678"},
             "recipient":{"full_name":"N","phone":"+4915112345678"}}}""";

    private final int port = AvailablePortFinder.getNextAvailable();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<String> output = new LinkedBlockingQueue<>();
    private Process receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.destroyForcibly();
        }
    }

    private void startReceiver() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        receiver = new ProcessBuilder(java, "-Xmx48m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), WebhookReceiverMain.class.getName(), String.valueOf(port),
                SECRET).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(receiver.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("READ FAILED " + e);
            }
        }, "receiver-output");
        reader.setDaemon(true);
        reader.start();
        String line;
        do {
            line = output.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("receiver output before READY").isNotNull();
        } while (!line.equals("READY"));
    }

    private HttpRequest upload(String query, boolean declareLength) {
        HttpRequest.BodyPublisher body = declareLength ? HttpRequest.BodyPublishers.ofByteArray(UPLOAD)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(UPLOAD));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hook" + query))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json").POST(body).build();
    }

    /** The answer, or {@code null} when the receiver closed the connection while the upload was still sent. */
    private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).exceptionally(e -> null);
    }

    @Test
    void oversizeUploadsDoNotExhaustTheHeapAndAValidDeliveryStillGetsItsAnswer() throws Exception {
        startReceiver();
        List<CompletableFuture<HttpResponse<String>>> wrongSecret = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> chunked = new ArrayList<>();
        for (int i = 0; i < ATTACKERS; i++) {
            wrongSecret.add(send(upload("?secret=wrong-" + i, true)));
            wrongSecret.add(send(upload("", false)));
            chunked.add(send(upload("?secret=" + SECRET, false)));
        }
        CompletableFuture.allOf(wrongSecret.toArray(CompletableFuture[]::new)).join();
        CompletableFuture.allOf(chunked.toArray(CompletableFuture[]::new)).join();

        for (CompletableFuture<HttpResponse<String>> answer : wrongSecret) {
            HttpResponse<String> response = answer.join();
            if (response != null) {
                assertThat(response.statusCode()).isIn(401, 403);
            }
        }
        long answered413 = 0;
        for (CompletableFuture<HttpResponse<String>> answer : chunked) {
            HttpResponse<String> response = answer.join();
            if (response != null) {
                assertThat(response.statusCode()).isEqualTo(413);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/json"));
                assertThat(response.body()).contains("\"status\":\"error\"").contains("65536");
                answered413++;
            }
        }
        assertThat(answered413).as("chunked oversize uploads answered with the component's 413").isPositive();

        HttpResponse<String> valid = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/hook?secret=" + SECRET))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EVENT.formatted("7a0e5c1d-aaaa-4c1d-8e2f-3a4b5c6d7e8f")))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).contains("processed");
        assertThat(receiver.isAlive()).as("receiver still running (no OutOfMemoryError)").isTrue();
        // the receiver prints what its route got on its own stdout, read here by another thread
        List<String> lines = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            output.drainTo(lines);
            assertThat(lines).contains("RECEIVED 7a0e5c1d-aaaa-4c1d-8e2f-3a4b5c6d7e8f");
        });
        assertThat(lines).noneMatch(line -> line.contains("OutOfMemoryError"));
    }
}
