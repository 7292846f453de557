package dev.seed.camel.timelinesai.model.waba;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.seed.camel.timelinesai.model.GroupMember;
import dev.seed.camel.timelinesai.model.Timestamps;

/**
 * A chat of a WABA account, with the state of Meta's 24-hour customer-service window: while
 * {@code serviceWindowIsOpen} is {@code true} free text and files may be sent, otherwise only an approved
 * template; it is {@code null} while the contact has never written. Timestamps are {@code yyyy-MM-dd HH:mm:ss Z}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaChat(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("phone") String phone,
        @JsonProperty("is_group") boolean isGroup,
        @JsonProperty("closed") boolean closed,
        @JsonProperty("read") boolean read,
        @JsonProperty("labels") List<String> labels,
        @JsonProperty("chatgpt_autoresponse_enabled") boolean chatgptAutoresponseEnabled,
        @JsonProperty("responsible_email") String responsibleEmail,
        @JsonProperty("responsible_name") String responsibleName,
        @JsonProperty("chat_url") String chatUrl,
        @JsonProperty("created_timestamp") String createdTimestamp,
        @JsonProperty("last_message_uid") String lastMessageUid,
        @JsonProperty("last_message_timestamp") String lastMessageTimestamp,
        @JsonProperty("last_message") WabaMessage lastMessage,
        @JsonProperty("unattended") boolean unattended,
        @JsonProperty("group_members") List<GroupMember> groupMembers,
        @JsonProperty("waba_account_id") Long wabaAccountId,
        @JsonProperty("service_window_is_open") Boolean serviceWindowIsOpen,
        @JsonProperty("service_window_expires_at") String serviceWindowExpiresAt) {

    public WabaChat {
        labels = labels == null ? List.of() : List.copyOf(labels);
        groupMembers = groupMembers == null ? List.of() : List.copyOf(groupMembers);
    }

    /** Whether free text and files can be sent now; {@code false} also when the window state is unknown. */
    public boolean canSendFreeText() {
        return Boolean.TRUE.equals(serviceWindowIsOpen);
    }

    /** When the open service window closes, parsed; {@code null} when it is closed or unknown. */
    public OffsetDateTime serviceWindowExpiry() {
        return Timestamps.parse(serviceWindowExpiresAt);
    }

    /** The creation time, parsed. */
    public OffsetDateTime createdAt() {
        return Timestamps.parse(createdTimestamp);
    }
}
