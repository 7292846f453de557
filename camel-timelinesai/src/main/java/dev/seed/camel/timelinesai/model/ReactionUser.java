package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A reaction by one person; {@code current} is true when the workspace's own account placed it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReactionUser(
        @JsonProperty("name") String name,
        @JsonProperty("phone") String phone,
        @JsonProperty("reaction") String reaction,
        @JsonProperty("current") boolean current) {
}
