package dev.seed.camel.timelinesai.event;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;

/** Reads a webhook body into a typed {@link TimelinesAiEvent}, failing with {@link MalformedEventException}. */
public final class EventParser {
    private static final ObjectMapper MAPPER = JsonSupport.mapper();

    private EventParser() {
    }

    public static TimelinesAiEvent parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedEventException("Empty body");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new MalformedEventException("Body is not JSON", e);
        }
        return parse(tree);
    }

    public static TimelinesAiEvent parse(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new MalformedEventException("Body is not a JSON object");
        }
        JsonNode type = tree.get("event_type");
        if (type == null || !type.isTextual() || type.asText().isBlank()) {
            throw new MalformedEventException("Body has no event_type");
        }
        TimelinesAiEvent event;
        try {
            event = MAPPER.treeToValue(tree, TimelinesAiEvent.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException("Body is not the shape of a " + type.asText() + " event", e);
        }
        if (event == null || !event.isComplete()) {
            throw new MalformedEventException("Body lacks the required parts of a " + type.asText() + " event");
        }
        return event;
    }
}
