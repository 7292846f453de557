package dev.seed.camel.timelinesai.model.waba;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.seed.camel.timelinesai.model.Timestamps;

/**
 * A WhatsApp Business Platform (WABA) account of the workspace, addressed by its internal {@code id};
 * {@code status} is an open set ({@code active}, {@code disabled}, {@code disconnected}); {@code wabaProfile}
 * is only set by the single-account read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaAccount(
        @JsonProperty("id") long id,
        @JsonProperty("status") String status,
        @JsonProperty("owner_name") String ownerName,
        @JsonProperty("owner_email") String ownerEmail,
        @JsonProperty("connected_on") String connectedOn,
        @JsonProperty("meta_phone_id") String metaPhoneId,
        @JsonProperty("meta_waba_id") String metaWabaId,
        @JsonProperty("display_phone_number") String displayPhoneNumber,
        @JsonProperty("waba_profile") WabaProfile wabaProfile) {

    /** The status that lets the account send. */
    public static final String ACTIVE = "active";

    /** Whether the account can send now. */
    @JsonIgnore
    public boolean isActive() {
        return ACTIVE.equalsIgnoreCase(status);
    }

    /** When the account was connected, parsed. */
    public OffsetDateTime connectedAt() {
        return Timestamps.parse(connectedOn);
    }
}
