package dev.seed.camel.timelinesai.event.waba;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The WABA account block of WABA events, addressed by its internal {@code id}. Message events add
 * {@code phone} and {@code accountName}; account events add {@code displayPhoneNumber} and {@code state}
 * ({@code active}, {@code disabled} or {@code removed}, an open set).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaEventAccount(
        @JsonProperty("id") Long id,
        @JsonProperty("meta_phone_id") String metaPhoneId,
        @JsonProperty("meta_waba_id") String metaWabaId,
        @JsonProperty("phone") String phone,
        @JsonProperty("account_name") String accountName,
        @JsonProperty("display_phone_number") String displayPhoneNumber,
        @JsonProperty("state") String state) {
}
