package dev.seed.camel.timelinesai.event.waba;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * {@code waba:account:active}, {@code disabled} or {@code disconnected} (whose {@code state} is
 * {@code removed}); state changes can repeat, so deduplication is left to the payload digest.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record WabaAccountData(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("account") WabaEventAccount account) implements WabaEvent {

    /** The internal id of the WABA account. */
    @Override
    public Long wabaAccountId() {
        return account == null ? null : account.id();
    }

    /** The account's display phone number (e.g. {@code +1 555 010 1234}), when given. */
    @Override
    public String accountPhone() {
        return account == null ? null : account.displayPhoneNumber();
    }

    @JsonIgnore
    @Override
    public boolean isComplete() {
        return account != null && account.id() != null;
    }
}
