package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The full WhatsApp account block of chat and account events. {@code status} is an open set, e.g. active. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountDetails(
        @JsonProperty("id") String id,
        @JsonProperty("phone") String phone,
        @JsonProperty("connected_on") String connectedOn,
        @JsonProperty("disconnected_on") String disconnectedOn,
        @JsonProperty("status") String status,
        @JsonProperty("account_name") String accountName,
        @JsonProperty("owner_name") String ownerName,
        @JsonProperty("owner_email") String ownerEmail) {
}
