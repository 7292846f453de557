package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/** An event of a type this version does not model (e.g. one TimelinesAI adds later), carrying its raw JSON. */
public record GenericEvent(String eventType, JsonNode raw) implements TimelinesAiEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static GenericEvent of(JsonNode raw) {
        return new GenericEvent(raw.path("event_type").asText(null), raw);
    }

    /** The payload as delivered. */
    @JsonValue
    public JsonNode raw() {
        return raw;
    }

    @Override
    public boolean isComplete() {
        return eventType != null && !eventType.isEmpty();
    }
}
