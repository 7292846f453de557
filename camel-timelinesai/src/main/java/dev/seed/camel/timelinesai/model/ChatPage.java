package dev.seed.camel.timelinesai.model;

import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One page (or, with {@code followPages}, several pages) of chats; iterable, so {@code split(body())} works. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatPage(
        @JsonProperty("has_more_pages") boolean hasMorePages,
        @JsonProperty("chats") List<ChatInfo> chats) implements Iterable<ChatInfo> {

    public ChatPage {
        chats = chats == null ? List.of() : List.copyOf(chats);
    }

    @Override
    public Iterator<ChatInfo> iterator() {
        return chats.iterator();
    }
}
