package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Changes to a chat ({@code PATCH /chats/{id}}); {@code null} fields are left as they are. An empty
 * {@code responsible} unassigns the chat.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatUpdate(
        @JsonProperty("name") String name,
        @JsonProperty("responsible") String responsible,
        @JsonProperty("closed") Boolean closed,
        @JsonProperty("read") Boolean read,
        @JsonProperty("chatgpt_autoresponse_enabled") Boolean chatgptAutoresponseEnabled) {
}
