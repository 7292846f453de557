package dev.seed.camel.timelinesai.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The reactions on a message: who reacted with what, counts per emoji and the total. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reactions(
        @JsonProperty("users") List<ReactionUser> users,
        @JsonProperty("reactions") Map<String, Integer> reactions,
        @JsonProperty("total") int total) {
}
