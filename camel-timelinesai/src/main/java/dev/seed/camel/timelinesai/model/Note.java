package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An internal note on a chat (never sent to WhatsApp); private unless {@code isPrivate} is false. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Note(
        @JsonProperty("text") String text,
        @JsonProperty("is_private") Boolean isPrivate) {
}
