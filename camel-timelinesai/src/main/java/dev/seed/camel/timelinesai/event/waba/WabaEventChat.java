package dev.seed.camel.timelinesai.event.waba;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The chat block of WABA events; message events add whether it is closed and the 24-hour service window
 * ({@code serviceWindowIsOpen} is {@code null} until the contact has written).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaEventChat(
        @JsonProperty("id") Long id,
        @JsonProperty("waba_account_id") Long wabaAccountId,
        @JsonProperty("closed") Boolean closed,
        @JsonProperty("service_window_is_open") Boolean serviceWindowIsOpen,
        @JsonProperty("service_window_expires_at") String serviceWindowExpiresAt) {
}
