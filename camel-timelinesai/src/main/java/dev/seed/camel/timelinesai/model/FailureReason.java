package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a message failed; {@code code} is a number or an empty string, so it is kept as text. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FailureReason(
        @JsonProperty("code") String code,
        @JsonProperty("title") String title,
        @JsonProperty("details") String details) {
}
