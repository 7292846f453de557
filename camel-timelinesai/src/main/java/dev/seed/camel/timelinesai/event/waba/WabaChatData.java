package dev.seed.camel.timelinesai.event.waba;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.seed.camel.timelinesai.event.Directions;

/**
 * {@code waba:chat:incoming}, {@code outgoing}, {@code assigned}, {@code unassigned}, {@code closed} or
 * {@code reopened}; {@code responsible} is set on {@code assigned}. A new chat happens once, so it is
 * deduplicated by event type and chat id; the state changes can repeat and are left to the payload digest.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record WabaChatData(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("chat") WabaEventChat chat,
        @JsonProperty("account") WabaEventAccount account,
        @JsonProperty("responsible") WabaResponsible responsible) implements WabaEvent {

    @Override
    public Long chatId() {
        return chat == null ? null : chat.id();
    }

    /** The internal id of the WABA account, from the account block or else the chat's. */
    @Override
    public Long wabaAccountId() {
        return account != null && account.id() != null ? account.id() : chat == null ? null : chat.wabaAccountId();
    }

    @Override
    public String direction() {
        if (WabaEventTypes.CHAT_INCOMING.equals(eventType)) {
            return Directions.INCOMING;
        }
        return WabaEventTypes.CHAT_OUTGOING.equals(eventType) ? Directions.OUTGOING : null;
    }

    @Override
    public String naturalKey() {
        return direction() == null ? null : eventType + "|" + chatId();
    }

    @JsonIgnore
    @Override
    public boolean isComplete() {
        return chat != null && chat.id() != null;
    }
}
