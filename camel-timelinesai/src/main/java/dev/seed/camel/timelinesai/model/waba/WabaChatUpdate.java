package dev.seed.camel.timelinesai.model.waba;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Changes to a WABA chat ({@code PATCH /waba/chats/{id}}); {@code null} fields are left as they are and not
 * sent (the API refuses fields it does not know). An empty {@code responsible} unassigns the chat.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WabaChatUpdate(
        @JsonProperty("name") String name,
        @JsonProperty("responsible") String responsible,
        @JsonProperty("closed") Boolean closed,
        @JsonProperty("read") Boolean read) {

    /** Renames the chat. */
    public static WabaChatUpdate rename(String name) {
        return new WabaChatUpdate(name, null, null, null);
    }

    /** Assigns the chat to the teammate with this registration e-mail. */
    public static WabaChatUpdate assign(String email) {
        return new WabaChatUpdate(null, email, null, null);
    }

    /** Removes the responsible teammate. */
    public static WabaChatUpdate unassign() {
        return new WabaChatUpdate(null, "", null, null);
    }

    /** Closes ({@code true}) or reopens ({@code false}) the chat. */
    public static WabaChatUpdate closed(boolean closed) {
        return new WabaChatUpdate(null, null, closed, null);
    }

    /** Marks the chat read ({@code true}) or unread ({@code false}). */
    public static WabaChatUpdate read(boolean read) {
        return new WabaChatUpdate(null, null, null, read);
    }
}
