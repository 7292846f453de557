package dev.seed.camel.timelinesai.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;

/**
 * Response bodies recorded once from the simulator (so they are valid TimelinesAI answers) and replayed by
 * {@link CannedApiServer}: a send to a chat, the first page of {@code GET /chats}, and a file upload.
 */
record CannedResponses(long chatId, String send, String list, String upload) {

    /** Asks the running simulator for a page of chats and sends one message to the first chat. */
    static CannedResponses record(TimelinesAiSimulator simulator) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String list = call(http, simulator, HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/chats")).GET());
        JsonNode chats = JsonSupport.mapper().readTree(list).path("data").path("chats");
        long chatId = chats.path(0).path("id").asLong();
        if (chatId == 0) {
            throw new IOException("the simulator listed no chat to record a send with: " + list);
        }
        String send = call(http, simulator, HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/chats/" + chatId
                + "/messages")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Benchmark\"}")));
        String upload = "{\"status\":\"ok\",\"data\":{\"uid\":\"0d5a5c44-3c1e-4b8e-9a58-6f1d2b7c9e01\","
                + "\"filename\":\"large.bin\",\"size\":0,\"mimetype\":\"application/octet-stream\","
                + "\"uploaded_by_email\":\"bench@example.com\",\"uploaded_at\":\"2026-01-01 00:00:00 +0000\"}}";
        return new CannedResponses(chatId, send, list, upload);
    }

    private static String call(HttpClient http, TimelinesAiSimulator simulator, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + simulator.token())
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(request.build().uri().getPath() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, JsonSupport.mapper().writeValueAsString(this));
    }

    static CannedResponses load(Path file) throws IOException {
        return JsonSupport.mapper().readValue(Files.readString(file), CannedResponses.class);
    }
}
