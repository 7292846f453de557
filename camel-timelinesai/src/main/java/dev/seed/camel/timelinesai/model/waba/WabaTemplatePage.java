package dev.seed.camel.timelinesai.model.waba;

import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of WABA templates ({@code GET /waba/templates}, newest first); iterable. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaTemplatePage(
        @JsonProperty("has_more_pages") boolean hasMorePages,
        @JsonProperty("templates") List<WabaTemplate> templates) implements Iterable<WabaTemplate> {

    public WabaTemplatePage {
        templates = templates == null ? List.of() : List.copyOf(templates);
    }

    @Override
    public Iterator<WabaTemplate> iterator() {
        return templates.iterator();
    }
}
