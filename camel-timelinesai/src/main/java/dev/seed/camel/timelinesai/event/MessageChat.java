package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The chat block of message events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageChat(
        @JsonProperty("full_name") String fullName,
        @JsonProperty("chat_url") String chatUrl,
        @JsonProperty("chat_id") Long chatId,
        @JsonProperty("is_group") boolean isGroup,
        @JsonProperty("phone") String phone,
        @JsonProperty("responsible_name") String responsibleName,
        @JsonProperty("responsible_email") String responsibleEmail) {
}
