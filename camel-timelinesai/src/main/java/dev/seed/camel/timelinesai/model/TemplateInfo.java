package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A text template (quick reply); {@code teamTitle} is {@code null} when shared with all teams; ISO timestamps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TemplateInfo(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("text") String text,
        @JsonProperty("visibility") String visibility,
        @JsonProperty("team_title") String teamTitle,
        @JsonProperty("created_by_name") String createdByName,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_by_name") String updatedByName,
        @JsonProperty("updated_at") String updatedAt) {
}
