package dev.seed.camel.timelinesai.simulator.events;

import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

/**
 * The state changes of the simulated workspace that TimelinesAI turns into webhook events.
 * The state calls these; the webhook dispatcher turns them into deliveries.
 */
public interface SimulatorEvents {

    /** A message was stored: fires {@code message:new} and {@code message:sent:new} or {@code message:received:new}. */
    void messageCreated(Chat chat, Message message);

    /** A direct or group chat appeared: fires {@code chat:new}, and for direct chats the incoming or outgoing variant. */
    void chatCreated(Chat chat, boolean startedByContact);

    /** A chat was assigned or re-assigned: fires {@code chat:responsible:assigned}. */
    void chatAssigned(Chat chat, String previousName, String previousEmail);

    /** A chat lost its responsible teammate: fires {@code chat:responsible:unassigned}. */
    void chatUnassigned(Chat chat, String previousName, String previousEmail);

    /** A reaction was set or cleared: fires {@code message:reaction}. */
    void reactionChanged(Chat chat, Message message, String reactorName, String reactorPhone, String emoji,
                         boolean cleared);

    /** A call ended or was missed: fires one of the {@code call:*} events; {@code call} is the history entry. */
    void callLogged(Chat chat, Message call, CallFacts facts);

    /** An account changed status: fires {@code whatsapp:account:<eventSuffix>} (connected, disconnected, suspended, resumed). */
    void accountChanged(WhatsAppAccount account, String eventSuffix);

    /** The facts of a call that its history entry does not hold. */
    record CallFacts(String direction, boolean video, String status, Integer durationSeconds) {
    }

    /** Fires nothing; for state used without a server. */
    SimulatorEvents NONE = new SimulatorEvents() {
        @Override
        public void messageCreated(Chat chat, Message message) {
        }

        @Override
        public void chatCreated(Chat chat, boolean startedByContact) {
        }

        @Override
        public void chatAssigned(Chat chat, String previousName, String previousEmail) {
        }

        @Override
        public void chatUnassigned(Chat chat, String previousName, String previousEmail) {
        }

        @Override
        public void reactionChanged(Chat chat, Message message, String reactorName, String reactorPhone, String emoji,
                                    boolean cleared) {
        }

        @Override
        public void callLogged(Chat chat, Message call, CallFacts facts) {
        }

        @Override
        public void accountChanged(WhatsAppAccount account, String eventSuffix) {
        }
    };
}
