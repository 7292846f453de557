package dev.seed.camel.timelinesai.event.waba;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The teammate a WABA chat was assigned to ({@code waba:chat:assigned}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaResponsible(@JsonProperty("name") String name, @JsonProperty("email") String email) {
}
