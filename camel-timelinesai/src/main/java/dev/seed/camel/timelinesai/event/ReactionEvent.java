package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code message:reaction}: a reaction was set or cleared on a message. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReactionEvent(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("chat") CallChat chat,
        @JsonProperty("whatsapp_account") EventAccount whatsappAccount,
        @JsonProperty("reaction") ReactionDetails reaction) implements AccountBlockEvent {

    @Override
    public Long chatId() {
        return chat == null ? null : chat.chatId();
    }

    @Override
    public String messageUid() {
        return reaction == null ? null : reaction.messageUid();
    }

    @Override
    public boolean isComplete() {
        return chat != null && chat.chatId() != null && reaction != null && reaction.messageUid() != null;
    }
}
