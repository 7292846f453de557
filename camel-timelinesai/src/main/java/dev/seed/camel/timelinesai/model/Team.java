package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A team of the workspace. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Team(@JsonProperty("title") String title) {
}
