package dev.seed.camel.timelinesai.model.waba;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The reaction to put on a WABA message ({@code PATCH /waba/messages/{uid}/reactions}); empty clears it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WabaReaction(@JsonProperty("reaction") String reaction) {
    /** The API's limit on the reaction text. */
    public static final int MAX_LENGTH = 50;

    public WabaReaction {
        Objects.requireNonNull(reaction, "reaction (use WabaReaction.clear() to remove one)");
        if (reaction.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A reaction is one emoji; got " + reaction.length() + " characters");
        }
    }

    /** Sets this emoji as the reaction. */
    public static WabaReaction set(String emoji) {
        if (emoji == null || emoji.isEmpty()) {
            throw new IllegalArgumentException("An emoji is required to set a reaction (use clear() to remove one)");
        }
        return new WabaReaction(emoji);
    }

    /** Removes the current reaction. */
    public static WabaReaction clear() {
        return new WabaReaction("");
    }
}
