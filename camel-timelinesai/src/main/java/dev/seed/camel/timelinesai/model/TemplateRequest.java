package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A text template to create, or the changes to one ({@code null} fields are left as they are).
 * {@code visibility} is {@code public}, {@code private} or {@code read-only}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateRequest(
        @JsonProperty("name") String name,
        @JsonProperty("text") String text,
        @JsonProperty("visibility") String visibility,
        @JsonProperty("team_title") String teamTitle) {
}
