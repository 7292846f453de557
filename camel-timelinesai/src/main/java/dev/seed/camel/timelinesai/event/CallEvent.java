package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code call:incoming:missed}, {@code call:incoming:ended} or {@code call:outgoing:ended}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallEvent(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("chat") CallChat chat,
        @JsonProperty("whatsapp_account") EventAccount whatsappAccount,
        @JsonProperty("call_details") CallDetails callDetails) implements AccountBlockEvent {

    @Override
    public Long chatId() {
        return chat == null ? null : chat.chatId();
    }

    @Override
    public String messageUid() {
        return callDetails == null ? null : callDetails.messageUid();
    }

    @Override
    public String direction() {
        return callDetails == null ? null : Directions.of(callDetails.direction());
    }

    @Override
    public String naturalKey() {
        return eventType + "|" + messageUid();
    }

    @Override
    public boolean isComplete() {
        return chat != null && chat.chatId() != null && callDetails != null && callDetails.messageUid() != null;
    }
}
