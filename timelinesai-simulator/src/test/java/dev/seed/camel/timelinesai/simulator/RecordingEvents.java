package dev.seed.camel.timelinesai.simulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.seed.camel.timelinesai.simulator.events.SimulatorEvents;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

/** A {@link SimulatorEvents} that records each hook call as a line, e.g. {@code messageCreated <uid>}. */
final class RecordingEvents implements SimulatorEvents {
    private final List<String> calls = new CopyOnWriteArrayList<>();

    List<String> calls() {
        return List.copyOf(calls);
    }

    /** The calls that start with {@code prefix}. */
    List<String> calls(String prefix) {
        return calls.stream().filter(c -> c.startsWith(prefix)).toList();
    }

    @Override
    public void messageCreated(Chat chat, Message message) {
        calls.add("messageCreated " + message.uid() + " chat=" + chat.id() + " fromMe=" + message.fromMe());
    }

    @Override
    public void chatCreated(Chat chat, boolean startedByContact) {
        calls.add("chatCreated " + chat.id() + " byContact=" + startedByContact);
    }

    @Override
    public void chatAssigned(Chat chat, String previousName, String previousEmail) {
        calls.add("chatAssigned " + chat.id() + " to=" + chat.responsibleEmail() + " previous=" + previousName + "/" + previousEmail);
    }

    @Override
    public void chatUnassigned(Chat chat, String previousName, String previousEmail) {
        calls.add("chatUnassigned " + chat.id() + " previous=" + previousName + "/" + previousEmail);
    }

    @Override
    public void reactionChanged(Chat chat, Message message, String reactorName, String reactorPhone, String emoji,
                                boolean cleared) {
        calls.add("reactionChanged " + message.uid() + " by=" + reactorPhone + " emoji=" + emoji + " cleared=" + cleared);
    }

    @Override
    public void callLogged(Chat chat, Message call, CallFacts facts) {
        calls.add("callLogged " + call.uid());
    }

    @Override
    public void accountChanged(WhatsAppAccount account, String eventSuffix) {
        calls.add("accountChanged " + account.id() + " " + eventSuffix);
    }
}
