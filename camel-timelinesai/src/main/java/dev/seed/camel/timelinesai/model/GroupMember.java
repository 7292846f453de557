package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A member of a group chat; {@code chatId} is the member's one-to-one chat, or {@code null}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupMember(
        @JsonProperty("name") String name,
        @JsonProperty("phone") String phone,
        @JsonProperty("role") String role,
        @JsonProperty("chat_id") Long chatId) {
}
