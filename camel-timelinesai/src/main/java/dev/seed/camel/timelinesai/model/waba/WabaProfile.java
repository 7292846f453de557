package dev.seed.camel.timelinesai.model.waba;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The WhatsApp Business profile (Meta WABA) an account belongs to, with every account id under it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaProfile(
        @JsonProperty("meta_waba_id") String metaWabaId,
        @JsonProperty("name") String name,
        @JsonProperty("account_ids") List<Long> accountIds) {

    public WabaProfile {
        accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
    }
}
