package dev.seed.camel.timelinesai.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A message of a chat (WhatsApp message, call, note...). {@code status}, {@code origin} and {@code messageType}
 * are open sets kept as strings (e.g. {@code Sent}, {@code Delivered}, {@code Read}, {@code Failed}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageInfo(
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
}
