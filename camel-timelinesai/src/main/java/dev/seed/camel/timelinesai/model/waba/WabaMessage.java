package dev.seed.camel.timelinesai.model.waba;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.seed.camel.timelinesai.model.FailureReason;
import dev.seed.camel.timelinesai.model.Reactions;
import dev.seed.camel.timelinesai.model.Timestamps;

/**
 * A message of a WABA chat, as the WABA reads and sends answer it. {@code status} ({@code Sending}, {@code Sent},
 * {@code Delivered}, {@code Read}, {@code Failed}, {@code Pending}...), {@code origin} and {@code messageType} are
 * open sets kept as strings; {@code failureReason} (Meta's code, title and details) is set on failed messages.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaMessage(
        @JsonProperty("uid") String uid,
        @JsonProperty("chat_id") long chatId,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("received_timestamp") String receivedTimestamp,
        @JsonProperty("sender_phone") String senderPhone,
        @JsonProperty("sender_name") String senderName,
        @JsonProperty("recipient_phone") String recipientPhone,
        @JsonProperty("recipient_name") String recipientName,
        @JsonProperty("from_me") boolean fromMe,
        @JsonProperty("text") String text,
        @JsonProperty("attachment_url") String attachmentUrl,
        @JsonProperty("attachment_filename") String attachmentFilename,
        @JsonProperty("status") String status,
        @JsonProperty("origin") String origin,
        @JsonProperty("has_attachment") boolean hasAttachment,
        @JsonProperty("message_type") String messageType,
        @JsonProperty("reactions") Reactions reactions,
        @JsonProperty("data") Map<String, Object> data,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("failure_reason") FailureReason failureReason) {

    /** Whether the message failed (then {@link #failureReason()} says why, when Meta told). */
    @JsonIgnore
    public boolean isFailed() {
        return "Failed".equalsIgnoreCase(status);
    }

    /** The WhatsApp message time, parsed. */
    public OffsetDateTime sentAt() {
        return Timestamps.parse(timestamp);
    }
}
