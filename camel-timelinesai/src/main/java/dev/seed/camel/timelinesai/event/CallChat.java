package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The chat block of call and reaction events; {@code phone} is bare digits, empty for groups. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallChat(
        @JsonProperty("full_name") String fullName,
        @JsonProperty("chat_url") String chatUrl,
        @JsonProperty("chat_id") Long chatId,
        @JsonProperty("chat_type") String chatType,
        @JsonProperty("platform") String platform,
        @JsonProperty("phone") String phone,
        @JsonProperty("responsible_name") String responsibleName,
        @JsonProperty("responsible_email") String responsibleEmail) {
}
