package dev.seed.camel.timelinesai.simulator.messaging;

import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;

/**
 * Sets and clears the one reaction each WhatsApp user may have on a message, and fires
 * {@code reactionChanged} when that changes anything.
 */
public final class Reactions {

    private Reactions() {
    }

    /**
     * Applies {@code emoji} from the reactor ({@code ""} clears theirs). {@code current} marks the workspace's
     * own account. Returns whether the reactions changed (and an event fired).
     */
    public static boolean apply(SimulatorState state, Chat chat, Message message, String reactorName,
                                String reactorPhone, String emoji, boolean current) {
        String key = Phones.digits(reactorPhone);
        Message.Reaction previous;
        synchronized (message) {
            previous = message.reactions().get(key);
            if (emoji.isEmpty()) {
                if (previous == null) {
                    return false;
                }
                message.reactions().remove(key);
            } else {
                if (previous != null && previous.emoji().equals(emoji)) {
                    return false;
                }
                message.reactions().put(key, new Message.Reaction(reactorName, reactorPhone, emoji, current));
            }
        }
        boolean cleared = emoji.isEmpty();
        state.events().reactionChanged(chat, message, reactorName, reactorPhone, cleared ? previous.emoji() : emoji,
                cleared);
        return true;
    }
}
