package dev.seed.camel.timelinesai.model.waba;

import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of a WABA chat's messages ({@code GET /waba/chats/{id}/messages}); iterable. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaMessagePage(
        @JsonProperty("has_more_pages") boolean hasMorePages,
        @JsonProperty("messages") List<WabaMessage> messages) implements Iterable<WabaMessage> {

    public WabaMessagePage {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    @Override
    public Iterator<WabaMessage> iterator() {
        return messages.iterator();
    }
}
