package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A message to send, for full control from a route: exactly one target ({@code chatId}, {@code phone},
 * {@code jid} or {@code chatName}) unless the endpoint or headers give it, plus text and/or {@code fileUid}.
 * Fields left {@code null} fall back to the endpoint options and headers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutgoingMessage(
        @JsonProperty("chat_id") Long chatId,
        @JsonProperty("phone") String phone,
        @JsonProperty("jid") String jid,
        @JsonProperty("chat_name") String chatName,
        @JsonProperty("text") String text,
        @JsonProperty("file_uid") String fileUid,
        @JsonProperty("label") String label,
        @JsonProperty("reply_to") String replyTo,
        @JsonProperty("whatsapp_account_phone") String whatsappAccountPhone,
        @JsonProperty("attachment_template_id") Long attachmentTemplateId) {

    /** A text message to a phone number. */
    public static OutgoingMessage toPhone(String phone, String text) {
        return new OutgoingMessage(null, phone, null, null, text, null, null, null, null, null);
    }

    /** A text message into an existing chat. */
    public static OutgoingMessage toChat(long chatId, String text) {
        return new OutgoingMessage(chatId, null, null, null, text, null, null, null, null, null);
    }

    /** A text message to a JID (contact or group). */
    public static OutgoingMessage toJid(String jid, String text) {
        return new OutgoingMessage(null, null, jid, null, text, null, null, null, null, null);
    }
}
