package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code message:new}, {@code message:sent:new} or {@code message:received:new}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageEvent(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("chat") MessageChat chat,
        @JsonProperty("whatsapp_account") EventAccount whatsappAccount,
        @JsonProperty("message") EventMessage message) implements AccountBlockEvent {

    @Override
    public Long chatId() {
        return chat == null ? null : chat.chatId();
    }

    @Override
    public String messageUid() {
        return message == null ? null : message.messageUid();
    }

    @Override
    public String direction() {
        return message == null ? null : Directions.of(message.direction());
    }

    @Override
    public String naturalKey() {
        return eventType + "|" + messageUid();
    }

    @Override
    public boolean isComplete() {
        return chat != null && chat.chatId() != null && message != null && message.messageUid() != null;
    }
}
