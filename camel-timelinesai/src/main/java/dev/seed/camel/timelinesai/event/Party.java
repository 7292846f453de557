package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A sender, recipient, caller or reactor: display name and phone. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Party(@JsonProperty("full_name") String fullName, @JsonProperty("phone") String phone) {
}
