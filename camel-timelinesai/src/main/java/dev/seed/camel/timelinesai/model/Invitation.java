package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An invitation of a teammate; {@code role} is one of {@code admin}, {@code team_supervisor}, {@code teammate},
 * {@code agent}, {@code collaborator}. An existing user gets the role and team updated.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Invitation(
        @JsonProperty("email") String email,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("team_title") String teamTitle,
        @JsonProperty("role") String role) {
}
