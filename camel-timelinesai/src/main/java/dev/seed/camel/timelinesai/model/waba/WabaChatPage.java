package dev.seed.camel.timelinesai.model.waba;

import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of WABA chats ({@code GET /waba/chats}); iterable, so {@code split(body())} works. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaChatPage(
        @JsonProperty("has_more_pages") boolean hasMorePages,
        @JsonProperty("chats") List<WabaChat> chats) implements Iterable<WabaChat> {

    public WabaChatPage {
        chats = chats == null ? List.of() : List.copyOf(chats);
    }

    @Override
    public Iterator<WabaChat> iterator() {
        return chats.iterator();
    }
}
