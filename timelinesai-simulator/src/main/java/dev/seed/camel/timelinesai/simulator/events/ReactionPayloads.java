package dev.seed.camel.timelinesai.simulator.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.Timestamps;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

/** Builds the {@code ReactionData} webhook body of {@code message:reaction}. */
public final class ReactionPayloads {

    private ReactionPayloads() {
    }

    /**
     * {@code {event_type, chat, whatsapp_account, reaction}}. The counts are read from the message's reactions,
     * so call this after the change is applied to them.
     */
    public static ObjectNode reactionEvent(Chat chat, WhatsAppAccount account, Message message, String reactorName,
                                           String reactorPhone, String emoji, boolean cleared, Instant at,
                                           Timestamps timestamps) {
        ObjectNode reaction = Json.object()
                .put("message_uid", message.uid())
                .put("action", cleared ? "clear" : "set")
                .put("emoji", emoji == null ? "" : emoji);
        if (reactorPhone != null || reactorName != null) {
            reaction.set("reactor", Json.object()
                    .put("full_name", AccountPayloads.nullToEmpty(reactorName != null ? reactorName : reactorPhone))
                    .put("phone", AccountPayloads.nullToEmpty(reactorPhone)));
        }
        reaction.put("timestamp", timestamps.format(at));
        ObjectNode counts = reaction.putObject("reactions");
        counts(message).forEach(counts::put);

        ObjectNode body = Json.object().put("event_type", "message:reaction");
        body.set("chat", CallPayloads.compactChat(chat));
        body.set("whatsapp_account", CallPayloads.accountWithWid(account));
        body.set("reaction", reaction);
        return body;
    }

    /** How many users currently show each emoji on the message. */
    static Map<String, Integer> counts(Message message) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Message.Reaction r : List.copyOf(message.reactions().values())) {
            if (r.emoji() != null && !r.emoji().isEmpty()) {
                counts.merge(r.emoji(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
