package dev.seed.camel.timelinesai.consumer;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The cursor of the poll mode: the last-message time up to which every chat was read ({@code watermark}, ISO
 * instant) and, per chat that changed since, the uid of the last message handed to the route.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PollState(@JsonProperty("watermark") String watermark,
                        @JsonProperty("last_message_uids") Map<Long, String> lastMessageUids) {

    public PollState {
        lastMessageUids = lastMessageUids == null ? new LinkedHashMap<>() : new LinkedHashMap<>(lastMessageUids);
    }
}
