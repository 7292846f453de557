package dev.seed.camel.timelinesai.simulator.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;

/** The file of an injected inbound message: an uploaded file named by {@code file_uid}, or bytes given inline. */
public final class InboundAttachment {
    private InboundAttachment() {
    }

    /** The attachment of {@code body} ({@code file_uid} or {@code file}), stored in the workspace; null when none. */
    public static StoredFile of(JsonRequest body, SimulatorState state) {
        String fileUid = body.optionalString("file_uid", 128);
        if (fileUid != null && !fileUid.isEmpty()) {
            return state.file(fileUid).orElseThrow(() -> ApiException.notFound("File uid \"" + fileUid + "\" not found"));
        }
        JsonNode node = body.node().get("file");
        return node == null || node.isNull() ? null : inline(node, state);
    }

    private static StoredFile inline(JsonNode node, SimulatorState state) {
        if (!node.isObject()) {
            throw ApiException.validation("file", "Not a valid object.");
        }
        JsonRequest file = JsonRequest.parse(node.toString().getBytes(StandardCharsets.UTF_8));
        String filename = file.requiredString("filename", 1024);
        String contentType = file.optionalString("content_type", 140);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(file.requiredString("base64", Integer.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("base64", "Not valid base64.");
        }
        StoredFile stored = new StoredFile(SimulatorState.newUid(), filename,
                contentType == null ? "application/octet-stream" : contentType, bytes, "", state.now());
        state.addFile(stored);
        return stored;
    }
}
