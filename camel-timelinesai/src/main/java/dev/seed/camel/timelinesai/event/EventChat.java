package dev.seed.camel.timelinesai.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The chat block of chat events; the previous responsible is set on assignment events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventChat(
        @JsonProperty("id") Long id,
        @JsonProperty("name") String name,
        @JsonProperty("phone") String phone,
        @JsonProperty("jid") String jid,
        @JsonProperty("is_group") boolean isGroup,
        @JsonProperty("closed") boolean closed,
        @JsonProperty("read") boolean read,
        @JsonProperty("labels") List<String> labels,
        @JsonProperty("unattended_customer") boolean unattendedCustomer,
        @JsonProperty("chatgpt_autoresponse_enabled") boolean chatgptAutoresponseEnabled,
        @JsonProperty("whatsapp_account_id") String whatsappAccountId,
        @JsonProperty("chat_url") String chatUrl,
        @JsonProperty("created_timestamp") String createdTimestamp,
        @JsonProperty("last_message_uid") String lastMessageUid,
        @JsonProperty("last_message_timestamp") String lastMessageTimestamp,
        @JsonProperty("responsible_name") String responsibleName,
        @JsonProperty("responsible_email") String responsibleEmail,
        @JsonProperty("previous_responsible_name") String previousResponsibleName,
        @JsonProperty("previous_responsible_email") String previousResponsibleEmail) {

    public EventChat {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
