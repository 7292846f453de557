package dev.seed.camel.timelinesai.model;

import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One page (or, with {@code followPages}, several pages) of a chat's messages; iterable for {@code split(body())}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessagePage(
        @JsonProperty("has_more_pages") boolean hasMorePages,
        @JsonProperty("messages") List<MessageInfo> messages) implements Iterable<MessageInfo> {

    public MessagePage {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    @Override
    public Iterator<MessageInfo> iterator() {
        return messages.iterator();
    }
}
