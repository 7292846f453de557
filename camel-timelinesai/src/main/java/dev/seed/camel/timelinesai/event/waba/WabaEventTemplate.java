package dev.seed.camel.timelinesai.event.waba;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The template block of WABA template events; {@code status} is Meta's word, verbatim (e.g. {@code APPROVED}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaEventTemplate(
        @JsonProperty("id") Long id,
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("parameter_format") String parameterFormat,
        @JsonProperty("meta_waba_id") String metaWabaId,
        @JsonProperty("accounts") List<Long> accounts) {

    public WabaEventTemplate {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
