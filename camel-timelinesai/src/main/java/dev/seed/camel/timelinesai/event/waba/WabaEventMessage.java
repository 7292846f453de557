package dev.seed.camel.timelinesai.event.waba;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.seed.camel.timelinesai.event.EventAttachment;
import dev.seed.camel.timelinesai.event.Party;
import dev.seed.camel.timelinesai.model.FailureReason;

/**
 * The message block of WABA message events: {@code direction} is {@code sent} or {@code received};
 * {@code template} is set when it was sent from a template, {@code failureReason} on
 * {@code waba:message:failed}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaEventMessage(
        @JsonProperty("message_uid") String messageUid,
        @JsonProperty("direction") String direction,
        @JsonProperty("status") String status,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("received_timestamp") String receivedTimestamp,
        @JsonProperty("text") String text,
        @JsonProperty("origin") String origin,
        @JsonProperty("sender") Party sender,
        @JsonProperty("recipient") Party recipient,
        @JsonProperty("attachments") List<EventAttachment> attachments,
        @JsonProperty("template") TemplateRef template,
        @JsonProperty("failure_reason") FailureReason failureReason) {

    public WabaEventMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The template a message was sent from: its name, and its internal id when TimelinesAI knows it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TemplateRef(@JsonProperty("id") Long id, @JsonProperty("name") String name) {
    }
}
