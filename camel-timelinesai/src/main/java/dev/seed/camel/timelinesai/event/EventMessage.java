package dev.seed.camel.timelinesai.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The message block of message events; {@code direction} is {@code sent} or {@code received}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventMessage(
        @JsonProperty("text") String text,
        @JsonProperty("direction") String direction,
        @JsonProperty("origin") String origin,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("received_timestamp") String receivedTimestamp,
        @JsonProperty("message_uid") String messageUid,
        @JsonProperty("reply_to_uid") String replyToUid,
        @JsonProperty("sender") Party sender,
        @JsonProperty("recipient") Party recipient,
        @JsonProperty("attachments") List<EventAttachment> attachments) {

    public EventMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
