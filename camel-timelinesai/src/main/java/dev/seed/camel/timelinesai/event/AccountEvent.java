package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code whatsapp:account:connected}, {@code disconnected}, {@code suspended} or {@code resumed}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountEvent(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("whatsapp_account") AccountDetails whatsappAccount) implements TimelinesAiEvent {

    @Override
    public String accountPhone() {
        return whatsappAccount == null ? null : whatsappAccount.phone();
    }

    @Override
    public String accountId() {
        return whatsappAccount == null ? null : whatsappAccount.id();
    }

    @Override
    public boolean isComplete() {
        return whatsappAccount != null && whatsappAccount.id() != null;
    }
}
