package dev.seed.camel.timelinesai.event.waba;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.seed.camel.timelinesai.event.Directions;

/**
 * {@code waba:message:received}, {@code delivered}, {@code read} or {@code failed}: a message of a WABA chat,
 * deduplicated by event type and message uid (so delivered and read of one message are two events).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record WabaMessageData(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("account") WabaEventAccount account,
        @JsonProperty("chat") WabaEventChat chat,
        @JsonProperty("message") WabaEventMessage message) implements WabaEvent {

    @Override
    public Long chatId() {
        return chat == null ? null : chat.id();
    }

    @Override
    public String messageUid() {
        return message == null ? null : message.messageUid();
    }

    /** The internal id of the WABA account, from the account block or else the chat's. */
    @Override
    public Long wabaAccountId() {
        return account != null && account.id() != null ? account.id() : chat == null ? null : chat.wabaAccountId();
    }

    @Override
    public String accountPhone() {
        return account == null ? null : account.phone();
    }

    @Override
    public String direction() {
        return message == null ? null : Directions.of(message.direction());
    }

    @Override
    public String naturalKey() {
        return eventType + "|" + messageUid();
    }

    @JsonIgnore
    @Override
    public boolean isComplete() {
        return chat != null && chat.id() != null && message != null && message.messageUid() != null;
    }
}
