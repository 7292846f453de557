package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code chat:new}, {@code chat:incoming:new}, {@code chat:outgoing:new}, {@code chat:responsible:(un)assigned}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatEvent(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("chat") EventChat chat,
        @JsonProperty("whatsapp_account") AccountDetails whatsappAccount) implements TimelinesAiEvent {

    @Override
    public Long chatId() {
        return chat == null ? null : chat.id();
    }

    @Override
    public String accountPhone() {
        return whatsappAccount == null ? null : whatsappAccount.phone();
    }

    @Override
    public String accountId() {
        if (whatsappAccount != null && whatsappAccount.id() != null) {
            return whatsappAccount.id();
        }
        return chat == null ? null : chat.whatsappAccountId();
    }

    @Override
    public String direction() {
        return switch (eventType) {
            case EventTypes.CHAT_INCOMING_NEW -> Directions.INCOMING;
            case EventTypes.CHAT_OUTGOING_NEW -> Directions.OUTGOING;
            default -> null;
        };
    }

    @Override
    public String naturalKey() {
        if (eventType.startsWith("chat:responsible:")) {
            return null;
        }
        return eventType + "|" + chatId();
    }

    @Override
    public boolean isComplete() {
        return chat != null && chat.id() != null;
    }
}
