package dev.seed.camel.timelinesai.simulator.events;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.Timestamps;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

import static dev.seed.camel.timelinesai.simulator.events.AccountPayloads.nullToEmpty;
import static dev.seed.camel.timelinesai.simulator.events.ChatPayloads.putIfPresent;

/** Builds the {@code CallData} webhook body of the {@code call:*} events and knows which statuses each event allows. */
public final class CallPayloads {
    /** Event type by direction, then the call statuses it carries (spec {@code CallDetailsInfo.status}). */
    private static final Map<String, Map<String, List<String>>> EVENTS = Map.of(
            "incoming", Map.of("call:incoming:missed", List.of("Missed"),
                    "call:incoming:ended", List.of("Answered", "Rejected")),
            "outgoing", Map.of("call:outgoing:ended", List.of("Ended", "No Answer", "Rejected")));

    private CallPayloads() {
    }

    /**
     * The event a call of this direction and status fires.
     *
     * @throws IllegalArgumentException naming the allowed values when the pair fits no event
     */
    public static String eventType(String direction, String status) {
        Map<String, List<String>> byEvent = EVENTS.get(direction);
        if (byEvent == null) {
            throw new IllegalArgumentException("Must be one of: incoming, outgoing.");
        }
        return byEvent.entrySet().stream().filter(e -> e.getValue().contains(status)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("The status of an " + direction
                        + " call must be one of: " + String.join(", ", allowedStatuses(direction)) + "."));
    }

    private static List<String> allowedStatuses(String direction) {
        return "incoming".equals(direction) ? List.of("Missed", "Answered", "Rejected")
                : List.of("Ended", "No Answer", "Rejected");
    }

    /** {@code {event_type, chat, whatsapp_account, call_details}}; {@code call} is the call's history entry. */
    public static ObjectNode callEvent(String eventType, Chat chat, WhatsAppAccount account, Message call,
                                       SimulatorEvents.CallFacts facts, Timestamps timestamps) {
        ObjectNode details = Json.object();
        if (facts.durationSeconds() == null) {
            details.putNull("duration");
        } else {
            details.put("duration", facts.durationSeconds());
        }
        details.put("direction", facts.direction())
                .put("is_video", facts.video())
                .put("status", facts.status())
                .put("timestamp", timestamps.format(call.timestamp()))
                .put("message_uid", call.uid());
        details.set("caller", AccountPayloads.party(call.senderName(), call.senderPhone()));
        details.set("recipient", AccountPayloads.party(call.recipientName(), call.recipientPhone()));

        ObjectNode body = Json.object().put("event_type", eventType);
        body.set("chat", compactChat(chat));
        body.set("whatsapp_account", accountWithWid(account));
        body.set("call_details", details);
        return body;
    }

    /** The chat block of call and reaction events: {@code chat_type}, {@code platform}, phone as bare digits. */
    static ObjectNode compactChat(Chat chat) {
        ObjectNode info = Json.object()
                .put("full_name", nullToEmpty(chat.name()))
                .put("chat_url", chat.chatUrl())
                .put("chat_id", chat.id())
                .put("chat_type", chat.isGroup() ? "group" : "direct")
                .put("platform", "whatsapp")
                .put("phone", chat.isGroup() ? "" : SimulatorState.digits(chat.phone()));
        putIfPresent(info, "responsible_name", chat.responsibleName());
        putIfPresent(info, "responsible_email", chat.responsibleEmail());
        return info;
    }

    /** The account block of call and reaction events: the owner block plus the account's JID. */
    static ObjectNode accountWithWid(WhatsAppAccount account) {
        return AccountPayloads.ownerInfo(account).put("whatsapp_account_wid", account.id());
    }
}
