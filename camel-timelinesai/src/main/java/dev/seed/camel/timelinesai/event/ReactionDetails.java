package dev.seed.camel.timelinesai.event;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A reaction change: {@code action} set or clear, and the message's reaction counts after it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReactionDetails(
        @JsonProperty("message_uid") String messageUid,
        @JsonProperty("action") String action,
        @JsonProperty("emoji") String emoji,
        @JsonProperty("reactor") Party reactor,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("reactions") Map<String, Integer> reactions) {

    public ReactionDetails {
        reactions = reactions == null ? Map.of() : Map.copyOf(reactions);
    }
}
