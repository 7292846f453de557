package dev.seed.camel.timelinesai.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A WhatsApp chat (direct or group) as TimelinesAI describes it. Timestamps are {@code yyyy-MM-dd HH:mm:ss Z}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatInfo(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("phone") String phone,
        @JsonProperty("jid") String jid,
        @JsonProperty("is_group") boolean isGroup,
        @JsonProperty("closed") boolean closed,
        @JsonProperty("read") boolean read,
        @JsonProperty("labels") List<String> labels,
        @JsonProperty("chatgpt_autoresponse_enabled") boolean chatgptAutoresponseEnabled,
        @JsonProperty("responsible_email") String responsibleEmail,
        @JsonProperty("responsible_name") String responsibleName,
        @JsonProperty("whatsapp_account_id") String whatsappAccountId,
        @JsonProperty("chat_url") String chatUrl,
        @JsonProperty("created_timestamp") String createdTimestamp,
        @JsonProperty("last_message_uid") String lastMessageUid,
        @JsonProperty("last_message_timestamp") String lastMessageTimestamp,
        @JsonProperty("last_message") MessageInfo lastMessage,
        @JsonProperty("unattended") boolean unattended,
        @JsonProperty("photo") String photo,
        @JsonProperty("group_members") List<GroupMember> groupMembers,
        @JsonProperty("is_allowed_to_message") Boolean isAllowedToMessage) {

    /** The creation time, parsed. */
    public java.time.OffsetDateTime createdAt() {
        return Timestamps.parse(createdTimestamp);
    }
}
